"""Bytes to text, with a named reason when a file cannot be read as an article."""

from __future__ import annotations

import codecs
import unicodedata

import charset_normalizer


class RejectedFile(Exception):
    """A file that will not become an article; `issue` is the contract's reason code."""

    def __init__(self, issue: str, detail: str) -> None:
        super().__init__(f"{issue}: {detail}")
        self.issue = issue
        self.detail = detail


# Control bytes that never appear in text files (tab, LF, CR, FF and ESC excluded).
_BINARY_BYTES = bytes(sorted(set(range(0, 8)) | {11} | set(range(14, 27)) | set(range(28, 32))))


def looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    if not sample:
        return False
    controls = len(sample) - len(sample.translate(None, _BINARY_BYTES))
    return controls / len(sample) > 0.05


def decode_text(data: bytes) -> str:
    """UTF-8 (BOM tolerated) first, then a detected legacy encoding; newlines normalized."""
    if not data.strip():
        raise RejectedFile("empty", "file has no content" if not data else "only whitespace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise RejectedFile("undecodable", "UTF-16 byte order mark but invalid UTF-16") from None
        return _normalize(text)
    if looks_binary(data):
        raise RejectedFile("binary", "contains NUL or control bytes; not a text file")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = _decode_mostly_utf8(data) or _decode_legacy(data)
    return _normalize(text)


def _cp1252_byte(error: UnicodeDecodeError) -> tuple[str, int]:
    bad = error.object[error.start : error.end]
    return bad.decode("cp1252", errors="replace"), error.end


codecs.register_error("news_cp1252_fallback", _cp1252_byte)


def _decode_mostly_utf8(data: bytes) -> str | None:
    """UTF-8 with a few stray Windows-1252 bytes (a pasted quote mark): keep the UTF-8 and read
    only the stray bytes as cp1252, instead of guessing one code page for the whole file."""
    invalid = data.decode("utf-8", errors="replace").count("\ufffd")
    if invalid == 0 or invalid > max(3, len(data) // 200):
        return None
    return data.decode("utf-8-sig", errors="news_cp1252_fallback")


# Single-byte Latin code pages a detector cannot tell apart on short texts; Windows-1252 is
# by far the most common for Western news, so it wins whenever it decodes the bytes.
_LATIN_FAMILY = {"cp1250", "cp1252", "latin_1", "iso8859_2", "iso8859_15", "mac_roman", "cp1254"}


def _decode_legacy(data: bytes) -> str:
    best = charset_normalizer.from_bytes(data).best()
    if best is None or best.encoding is None:
        raise RejectedFile("undecodable", "not UTF-8 and no other encoding fits")
    if best.encoding in _LATIN_FAMILY:
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            pass
    return str(best)


def _normalize(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    text = unicodedata.normalize("NFC", text)
    if not text.strip():
        raise RejectedFile("empty", "only whitespace after decoding")
    return text
