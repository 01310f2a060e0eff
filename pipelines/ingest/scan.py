"""Walk the input folder and turn every file into either a document or a recorded issue.

Nothing under the folder is passed over silently: what is not an article is returned as an
`Issue` with the contract's reason code, so analysts can see why a file is missing.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from pipelines.ingest.decode import RejectedFile, decode_text
from pipelines.ingest.html import parse_html
from pipelines.ingest.text import ParsedText, parse_plain_text
from pipelines.settings import INGEST_VERSION

ARTICLE_SUFFIXES = {".txt": "txt", ".html": "html", ".htm": "html"}
SIDECAR_SUFFIX = ".meta.json"
METADATA_KEYS = ("title", "url", "outlet", "author", "published_at")


@dataclass(frozen=True)
class Issue:
    source_name: str
    issue: str
    detail: str
    file_sha256: str | None = None


@dataclass
class SourceFile:
    """An article candidate found by the walk; its bytes are read only when needed.

    `stat_key` (sizes, modification times, ingest version) lets a re-run recognize an unchanged
    file without reading it; `load()` reads and fingerprints it, raising RejectedFile when the
    file cannot be an article.
    """

    source_name: str
    format: str
    path: Path
    sidecar_path: Path | None
    max_bytes: int
    fingerprint: str | None = field(default=None, repr=False)

    @property
    def stat_key(self) -> str | None:
        try:
            parts = [INGEST_VERSION, _stat(self.path)]
            if self.sidecar_path is not None:
                parts.append(_stat(self.sidecar_path))
        except OSError:
            return None
        return "|".join(parts)

    def load(self) -> tuple[bytes, bytes | None, str]:
        """(file bytes, sidecar bytes, fingerprint of both and the ingest version).

        Only the fingerprint is kept afterwards: the bytes are the caller's to drop.
        """
        try:
            size = self.path.stat().st_size
            if size > self.max_bytes:
                raise RejectedFile(
                    "too_large", f"{size} bytes exceeds the limit of {self.max_bytes}"
                )
            data = self.path.read_bytes()
        except OSError as exc:
            raise RejectedFile(
                "unreadable", f"{type(exc).__name__}: {exc.strerror or exc}"
            ) from exc
        sidecar = None
        if self.sidecar_path is not None:
            try:
                sidecar = self.sidecar_path.read_bytes()
            except OSError as exc:
                raise RejectedFile("unreadable", f"sidecar: {exc.strerror or exc}") from exc
        self.fingerprint = sha256(INGEST_VERSION.encode() + b"\0" + data + b"\0" + (sidecar or b""))
        return data, sidecar, self.fingerprint

    @property
    def file_sha256(self) -> str:
        return self.fingerprint if self.fingerprint is not None else self.load()[2]


def _stat(path: Path) -> str:
    """Size, modification and change times, inode: `cp -p` can fake the mtime, not the ctime."""
    st = path.stat()
    return f"{st.st_size}:{st.st_mtime_ns}:{st.st_ctime_ns}:{st.st_ino}"


@dataclass(frozen=True)
class Document:
    source_name: str
    format: str
    file_sha256: str
    content_sha256: str
    body_text: str
    metadata: dict[str, object]


def article_id_for(source_name: str) -> str:
    """Stable per path, so re-ingesting an edited file versions the same article."""
    return hashlib.sha256(source_name.encode("utf-8")).hexdigest()[:16]


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _sidecar_for(relative: str, suffix: str, files: dict[str, Path]) -> Path | None:
    """The sidecar the walk found beside an article (`x.txt.meta.json`, else `x.meta.json`):
    looked up by relative name, not stat-ed, which matters in a folder of many thousand files."""
    for candidate in (relative + SIDECAR_SUFFIX, relative[: -len(suffix)] + SIDECAR_SUFFIX):
        if candidate in files:
            return files[candidate]
    return None


def scan_folder(root: Path, max_bytes: int) -> tuple[list[SourceFile], list[Issue]]:
    """Every file below `root`, sorted by name so runs are deterministic; nothing is read yet.

    A missing input folder is an error, not an empty folder: treating it as empty would mark
    every article deleted (an unmounted drive must not empty the warehouse).
    """
    root = root.resolve()
    if not root.is_dir():
        raise FileNotFoundError(f"input folder {root} does not exist or is not a folder")
    sources: list[SourceFile] = []
    issues: list[Issue] = []
    used_sidecars: set[Path] = set()
    sidecars: set[Path] = set()
    # Sorted as paths sort (part by part), by a key much cheaper to compare than Path objects.
    walked = sorted(_walk(root, issues), key=lambda found: found[0].split("/"))
    files = {relative: path for relative, path, _ in walked}
    for relative, path, size in walked:
        name = _printable(relative)
        if relative.endswith(SIDECAR_SUFFIX):
            sidecars.add(path)
            continue
        suffix = path.suffix
        kind = ARTICLE_SUFFIXES.get(suffix.lower())
        if kind is None:
            issues.append(
                Issue(name, "unsupported_type", f"'{suffix or path.name}' files are not read")
            )
            continue
        sidecar_path = _sidecar_for(relative, suffix, files)
        if sidecar_path is not None:
            used_sidecars.add(sidecar_path)
            problem = _sidecar_problem(sidecar_path)
            if problem:  # the article still goes in, with the text's own metadata
                issues.append(Issue(display_name(sidecar_path, root), "invalid_sidecar", problem))
        if size > max_bytes:  # known from the walk already: no need to offer it for reading
            issues.append(
                Issue(name, "too_large", f"{size} bytes exceeds the limit of {max_bytes}")
            )
            continue
        sources.append(SourceFile(name, kind, path, sidecar_path, max_bytes))
    for orphan in sorted(sidecars - used_sidecars):
        issues.append(
            Issue(
                orphan.relative_to(root).as_posix(), "orphan_sidecar", "no article file beside it"
            )
        )
    return sources, issues


def display_name(path: Path, root: Path) -> str:
    """The path relative to the input folder as text, even when the file name is not UTF-8."""
    return _printable(path.relative_to(root).as_posix())


def _printable(relative: str) -> str:
    return relative.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _walk(root: Path, issues: list[Issue]) -> Iterator[tuple[str, Path, int]]:
    """(path relative to root, path, size) of the files below root; links are followed only while
    they stay inside it. One lstat per plain file: a large folder is mostly plain files."""

    def unreadable_folder(error: OSError) -> None:
        folder = Path(error.filename) if error.filename else root
        issues.append(
            Issue(display_name(folder, root), "unreadable_folder", f"{error.strerror or error}")
        )

    for dirpath, dirnames, filenames in os.walk(root, followlinks=False, onerror=unreadable_folder):
        base = Path(dirpath)
        prefix = "" if dirpath == str(root) else dirpath[len(str(root)) + 1 :] + "/"
        for d in list(dirnames):
            p = base / d
            if p.is_symlink():
                dirnames.remove(d)
                if not _inside(p, root):
                    issues.append(
                        Issue(
                            p.relative_to(root).as_posix(),
                            "outside_input_folder",
                            f"link points to {os.path.realpath(p)}",
                        )
                    )
                else:
                    issues.append(
                        Issue(
                            p.relative_to(root).as_posix(),
                            "linked_folder",
                            "link to a folder already inside the input folder; read there",
                        )
                    )
        for f in filenames:
            p = base / f
            try:
                link = os.lstat(p)
            except OSError as exc:
                issues.append(Issue(display_name(p, root), "unreadable", str(exc.strerror or exc)))
                continue
            if not stat.S_ISLNK(link.st_mode):
                if not stat.S_ISREG(link.st_mode):  # a pipe or device would block or never end
                    issues.append(
                        Issue(display_name(p, root), "not_a_regular_file", "pipe or device")
                    )
                    continue
                yield prefix + f, p, link.st_size
                continue
            if not _inside(p, root):
                issues.append(
                    Issue(
                        p.relative_to(root).as_posix(),
                        "outside_input_folder",
                        f"link points to {os.path.realpath(p)}",
                    )
                )
                continue
            if not p.exists():
                issues.append(Issue(p.relative_to(root).as_posix(), "unreadable", "broken link"))
                continue
            try:
                target = p.stat()
            except OSError as exc:
                issues.append(Issue(display_name(p, root), "unreadable", str(exc.strerror or exc)))
                continue
            if not stat.S_ISREG(target.st_mode):
                issues.append(Issue(display_name(p, root), "not_a_regular_file", "pipe or device"))
                continue
            yield prefix + f, p, target.st_size


def _inside(path: Path, root: Path) -> bool:
    return Path(os.path.realpath(path)).is_relative_to(root)


def parse_source(source: SourceFile) -> Document:
    """Read, decode, extract, then apply the sidecar: raises RejectedFile with the reason."""
    data, sidecar, fingerprint = source.load()
    text = decode_text(data)
    parsed: ParsedText = parse_html(text) if source.format == "html" else parse_plain_text(text)
    if not parsed.body_text.strip():
        raise RejectedFile("no_text_extracted", "nothing left after removing site boilerplate")
    metadata: dict[str, object] = {
        "title": parsed.title,
        "outlet": parsed.outlet,
        "author": parsed.author,
        "url": parsed.url,
        "published_at": parsed.published_at.isoformat() if parsed.published_at else None,
        "published_at_source": "text" if parsed.published_at else None,
        "format": source.format,
    }
    if sidecar is not None:
        metadata.update(_read_sidecar(sidecar))
    return Document(
        source_name=source.source_name,
        format=source.format,
        file_sha256=fingerprint,
        content_sha256=sha256(parsed.body_text.encode("utf-8")),
        body_text=parsed.body_text,
        metadata=metadata,
    )


def _sidecar_problem(path: Path) -> str | None:
    """Why a sidecar cannot be used, checked on every scan so the issue stays listed."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        return f"unreadable: {exc.strerror or exc}"
    return _read_sidecar(data).get("sidecar_error")  # type: ignore[return-value]


def _read_sidecar(data: bytes) -> dict[str, object]:
    try:
        raw = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        return {"sidecar_error": f"sidecar is not valid JSON: {exc}"}
    if not isinstance(raw, dict):
        return {"sidecar_error": "sidecar is not a JSON object"}
    out: dict[str, object] = {"sidecar": raw}
    for key in METADATA_KEYS:
        value = raw.get(key)
        if value in (None, ""):
            continue
        if key == "published_at":
            try:
                out[key] = date.fromisoformat(str(value)[:10]).isoformat()
                out["published_at_source"] = "metadata"
            except ValueError:
                out["sidecar_error"] = f"published_at {value!r} is not an ISO date"
            continue
        out[key] = str(value)
    return out
