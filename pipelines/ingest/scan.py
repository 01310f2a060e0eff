"""Walk the input folder and turn every file into either a document or a recorded issue.

Nothing under the folder is passed over silently: what is not an article is returned as an
`Issue` with the contract's reason code, so analysts can see why a file is missing.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
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
    # `stat_key` from the stats the walk took, which saves stat-ing every file twice. Ingest
    # follows the walk at once, so they stand for the file as it is read; and an older stat
    # with newer bytes costs only a re-read on the next run, never a missed edit.
    scanned_stat_key: str | None = field(default=None, repr=False, compare=False)

    @property
    def stat_key(self) -> str | None:
        if self.scanned_stat_key is not None:
            return self.scanned_stat_key
        try:
            sidecar = self.sidecar_path.stat() if self.sidecar_path is not None else None
            return _stat_key(self.path.stat(), sidecar)
        except OSError:
            return None

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


def _stat_text(st: os.stat_result) -> str:
    """Size, modification and change times, inode: `cp -p` can fake the mtime, not the ctime."""
    return f"{st.st_size}:{st.st_mtime_ns}:{st.st_ctime_ns}:{st.st_ino}"


def _stat_key(own: os.stat_result, sidecar: os.stat_result | None) -> str:
    parts = [INGEST_VERSION, _stat_text(own)]
    if sidecar is not None:
        parts.append(_stat_text(sidecar))
    return "|".join(parts)


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


# A file the walk accepted: (name relative to the input folder, number of its folder in the
# walk's list of folders, file name, stat). A plain tuple of strings, an int and a stat, which
# the garbage collector stops tracking, unlike a named tuple or one holding a Path: each tracked
# object that outlives a young collection brings the next full one nearer, and a full collection
# costs 0.2 s in a process that has loaded Dagster.
_Found = tuple[str, int, str, os.stat_result]


def scan_folder(root: Path, max_bytes: int) -> tuple[list[SourceFile], list[Issue]]:
    """Every file below `root`, sorted by name so runs are deterministic; nothing is read yet.

    A missing input folder is an error, not an empty folder: treating it as empty would mark
    every article deleted (an unmounted drive must not empty the warehouse).

    Names stay strings until a `SourceFile` needs a `Path`, and sidecars are looked up among the
    names the walk listed rather than stat-ed: in a folder of many thousand files, path objects
    and stat calls were most of the cost of a run that has one new article to read.
    """
    root = root.resolve()
    if not root.is_dir():
        raise FileNotFoundError(f"input folder {root} does not exist or is not a folder")
    issues: list[Issue] = []
    found, folders = _walk(root, issues)
    # Sorted as paths sort, part by part ('a/z' before 'a-b'): NUL sorts below every character
    # and no file name holds one, so comparing with '/' read as NUL compares part by part.
    found.sort(key=lambda f: f[0].replace("/", "\0"))
    by_name = {f[0]: f for f in found}
    sources: list[SourceFile] = []
    sidecars: list[str] = []
    used_sidecars: set[str] = set()
    for relative, folder, base, st in found:
        if relative.endswith(SIDECAR_SUFFIX):
            sidecars.append(relative)
            continue
        name = _printable(relative)
        suffix = _suffix(base)
        kind = ARTICLE_SUFFIXES.get(suffix.lower())
        if kind is None:
            issues.append(Issue(name, "unsupported_type", f"'{suffix or base}' files are not read"))
            continue
        sidecar = by_name.get(relative + SIDECAR_SUFFIX) or by_name.get(
            relative[: -len(suffix)] + SIDECAR_SUFFIX
        )
        sidecar_path: Path | None = None
        sidecar_stat: os.stat_result | None = None
        if sidecar is not None:
            sidecar_relative, sidecar_folder, sidecar_base, sidecar_stat = sidecar
            used_sidecars.add(sidecar_relative)
            sidecar_path = folders[sidecar_folder] / sidecar_base
            problem = _sidecar_problem(sidecar_path)
            if problem:  # the article still goes in, with the text's own metadata
                issues.append(Issue(_printable(sidecar_relative), "invalid_sidecar", problem))
        size = st.st_size
        if size > max_bytes:  # known from the walk already: no need to offer it for reading
            issues.append(
                Issue(name, "too_large", f"{size} bytes exceeds the limit of {max_bytes}")
            )
            continue
        # Joined to the folder's Path: parsing each whole path again would cost more.
        path = folders[folder] / base
        key = _stat_key(st, sidecar_stat)
        sources.append(SourceFile(name, kind, path, sidecar_path, max_bytes, scanned_stat_key=key))
    for orphan in sidecars:  # already in name order
        if orphan not in used_sidecars:
            issues.append(Issue(orphan, "orphan_sidecar", "no article file beside it"))
    return sources, issues


def _suffix(name: str) -> str:
    """The suffix `Path.suffix` gives ('.txt'; '' for '.profile' or 'notes.'), without the Path."""
    dot = name.rfind(".")
    return name[dot:] if 0 < dot < len(name) - 1 else ""


def _printable(relative: str) -> str:
    """The name as text even when the file name is not UTF-8 (its bytes shown escaped)."""
    if relative.isascii():  # nearly every name; nothing to escape
        return relative
    return relative.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _walk(root: Path, issues: list[Issue]) -> tuple[list[_Found], list[Path]]:
    """The regular files below root, in the order `os.walk` visits them, so the issues it meets
    keep that order too; links are followed only while they stay inside root.

    Written on `os.scandir` rather than `os.walk` because the directory entries it returns
    already know which are folders and links, which leaves one lstat per plain file, the stat
    that `stat_key` would otherwise take again.
    """
    found: list[_Found] = []
    folders: list[Path] = []
    pending: list[tuple[Path, str]] = [(root, "")]  # (folder, its name relative to root + /)
    while pending:
        folder, prefix = pending.pop()
        number = len(folders)
        folders.append(folder)
        entries = _list_folder(str(folder), prefix, issues)
        if entries is None:
            continue
        subfolders: list[tuple[Path, str]] = []
        for entry in entries[0]:
            try:
                linked = entry.is_symlink()
            except OSError:
                linked = False
            if not linked:
                subfolders.append((folder / entry.name, prefix + entry.name + "/"))
                continue
            relative = prefix + entry.name
            if not _inside(Path(entry.path), root):
                detail = f"link points to {os.path.realpath(entry.path)}"
                issues.append(Issue(relative, "outside_input_folder", detail))
            else:
                issues.append(
                    Issue(
                        relative,
                        "linked_folder",
                        "link to a folder already inside the input folder; read there",
                    )
                )
        for entry in entries[1]:
            relative = prefix + entry.name
            try:
                link = entry.stat(follow_symlinks=False)
            except OSError as exc:
                issues.append(Issue(_printable(relative), "unreadable", str(exc.strerror or exc)))
                continue
            if stat.S_ISLNK(link.st_mode):
                target = _link_target(Path(entry.path), relative, root, issues)
                if target is not None:
                    found.append((relative, number, entry.name, target))
            elif stat.S_ISREG(link.st_mode):
                found.append((relative, number, entry.name, link))
            else:  # a pipe or device would block or never end
                issues.append(Issue(_printable(relative), "not_a_regular_file", "pipe or device"))
        pending.extend(reversed(subfolders))  # popped first to last, as os.walk descends
    return found, folders


def _list_folder(
    folder: str, prefix: str, issues: list[Issue]
) -> tuple[list[os.DirEntry[str]], list[os.DirEntry[str]]] | None:
    """(sub-folders, other entries) of a folder, as `os.walk` splits them (a link to a folder
    counts as a folder); None when the folder cannot be listed, which is an issue, not an end."""
    folders: list[os.DirEntry[str]] = []
    files: list[os.DirEntry[str]] = []
    try:
        with os.scandir(folder) as it:
            for entry in it:
                try:
                    is_folder = entry.is_dir()
                except OSError:
                    is_folder = False
                (folders if is_folder else files).append(entry)
    except OSError as error:
        name = _printable(prefix[:-1]) if prefix else "."
        issues.append(Issue(name, "unreadable_folder", f"{error.strerror or error}"))
        return None
    return folders, files


def _link_target(
    path: Path, relative: str, root: Path, issues: list[Issue]
) -> os.stat_result | None:
    """The stat of the file a link points to, when it is a regular file inside root."""
    if not _inside(path, root):
        issues.append(
            Issue(relative, "outside_input_folder", f"link points to {os.path.realpath(path)}")
        )
        return None
    if not path.exists():
        issues.append(Issue(relative, "unreadable", "broken link"))
        return None
    try:
        target = path.stat()
    except OSError as exc:
        issues.append(Issue(_printable(relative), "unreadable", str(exc.strerror or exc)))
        return None
    if not stat.S_ISREG(target.st_mode):
        issues.append(Issue(_printable(relative), "not_a_regular_file", "pipe or device"))
        return None
    return target


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
