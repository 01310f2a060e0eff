"""Inputs that must neither crash a run nor lose articles: missing or unreadable folders, pipes,
file names that are not UTF-8, broken sidecars, hard-wrapped text, mixed encodings, and an
article the extractor chokes on."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

import pytest

from pipelines import extract_runner
from pipelines.extract_runner import extract_pending
from pipelines.ingest.decode import decode_text
from pipelines.ingest.scan import scan_folder
from pipelines.ingest.store import sync_raw
from pipelines.ingest.text import parse_plain_text
from pipelines.warehouse import open_warehouse

NOW = datetime(2026, 3, 1, 8, 0, 0)
STORY = "Two people were killed in Gao on Monday, the army said.\n"


def ingest(con, folder: Path):
    sources, issues = scan_folder(folder, 1_000_000)
    return sync_raw(con, sources, issues, NOW)


def live_articles(con) -> list[str]:
    return [
        r[0]
        for r in con.execute(
            "select source_name from pipeline_state.latest_documents where not is_deleted "
            "order by 1"
        ).fetchall()
    ]


def test_a_missing_input_folder_is_an_error_not_a_mass_deletion(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(STORY)
    with open_warehouse(tmp_path / "w.duckdb") as con:
        ingest(con, folder)
        with pytest.raises(FileNotFoundError, match="does not exist"):
            scan_folder(tmp_path / "unmounted", 1_000_000)
        assert live_articles(con) == ["a.txt"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root can list any folder")
def test_an_unreadable_sub_folder_keeps_its_articles(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "sub" / "b.txt").write_text(STORY)
    with open_warehouse(tmp_path / "w.duckdb") as con:
        ingest(con, folder)
        (folder / "sub").chmod(0)
        try:
            stats = ingest(con, folder)
        finally:
            (folder / "sub").chmod(0o755)
        assert stats.deleted == 0
        assert stats.issues_by_reason.get("unreadable_folder") == 1
        assert live_articles(con) == ["sub/b.txt"]


def test_pipes_are_reported_not_read(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    os.mkfifo(folder / "stream.txt")
    (folder / "a.txt").write_text(STORY)
    sources, issues = scan_folder(folder, 1_000_000)
    assert [s.source_name for s in sources] == ["a.txt"]
    assert [(i.source_name, i.issue) for i in issues] == [("stream.txt", "not_a_regular_file")]


def test_a_file_name_that_is_not_utf8_is_ingested(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (Path(os.fsdecode(bytes(folder) + b"/caf\xe9.txt"))).write_text(STORY)
    with open_warehouse(tmp_path / "w.duckdb") as con:
        stats = ingest(con, folder)
        assert stats.new == 1
        assert live_articles(con) == ["caf\\xe9.txt"]


def test_a_broken_sidecar_is_an_issue_and_the_article_still_goes_in(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(STORY)
    (folder / "a.txt.meta.json").write_text('{"title": "Half a')
    with open_warehouse(tmp_path / "w.duckdb") as con:
        ingest(con, folder)
        ingest(con, folder)  # a re-run keeps the issue listed
        issues = con.execute("select source_name, issue from raw.ingest_issues").fetchall()
        assert issues == [("a.txt.meta.json", "invalid_sidecar")]
        assert live_articles(con) == ["a.txt"]


def test_hard_wrapped_text_is_unwrapped_into_paragraphs() -> None:
    text = (
        "NAIROBI (Reuters) - Kenyan President Ana Wanjiru met Ugandan President Joseph\n"
        "Okello in Nairobi on Tuesday to discuss a pipeline that would carry crude to\n"
        "the coast, the two governments said in a joint statement after the meeting.\n"
        "\n"
        "At least nine people were killed when a bus overturned near Nakuru on Monday,\n"
        "police said, adding that eleven passengers had been taken to a nearby clinic.\n"
    )
    parsed = parse_plain_text(text)
    assert parsed.title is None
    paragraphs = parsed.body_text.split("\n\n")
    assert len(paragraphs) == 2
    assert paragraphs[0].startswith("NAIROBI (Reuters) - Kenyan President Ana Wanjiru met")
    assert "President Joseph Okello in Nairobi" in paragraphs[0]


def test_utf8_with_a_stray_windows_quote_keeps_its_accents() -> None:
    data = "Bogotá and Medellín agreed, ".encode() + b"\x93finally\x94" + " said Núñez.".encode()
    assert decode_text(data) == "Bogotá and Medellín agreed, “finally” said Núñez."


def test_an_article_the_extractor_chokes_on_does_not_stop_the_others(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(STORY)
    (folder / "b.txt").write_text("POISON " + STORY)
    real = extract_runner.extract_document

    def fragile(body: str, published):  # type: ignore[no-untyped-def]
        if body.startswith("POISON"):
            raise ValueError("cannot read this one")
        return real(body, published)

    monkeypatch.setattr(extract_runner, "extract_document", fragile)
    with open_warehouse(tmp_path / "w.duckdb") as con:
        ingest(con, folder)
        stats = extract_pending(con, NOW, workers=1)
        assert (stats.extracted, stats.failed) == (1, 1)
        errors = con.execute(
            "select d.source_name, e.error from raw.extractions e "
            "join pipeline_state.latest_documents d using (article_id) order by 1"
        ).fetchall()
        assert errors == [("a.txt", None), ("b.txt", "ValueError: cannot read this one")]
        # Not retried until the text or the extractor changes.
        assert extract_pending(con, NOW, workers=1).extracted == 0


def test_scan_order_and_sidecars_in_nested_folders(tmp_path: Path) -> None:
    """Files sort part by part (as paths do: 'a/z' before 'a-b'), and each article finds the
    sidecar beside it under either name, however many files share the folder."""
    root = tmp_path / "in"
    (root / "a").mkdir(parents=True)
    for name in ("a-b.txt", "a/z.TXT", "a/z.meta.json", "a/y.html", "a/y.html.meta.json", "b.txt"):
        (root / name).write_text("{}" if name.endswith(".json") else "Text.")
    (root / "a" / "lone.meta.json").write_text("{}")
    sources, issues = scan_folder(root, 10_000)
    assert [s.source_name for s in sources] == ["a/y.html", "a/z.TXT", "a-b.txt", "b.txt"]
    sidecars = {s.source_name: s.sidecar_path for s in sources}
    assert sidecars["a/z.TXT"] == root.resolve() / "a" / "z.meta.json"
    assert sidecars["a/y.html"] == root.resolve() / "a" / "y.html.meta.json"
    assert sidecars["b.txt"] is None
    assert [(i.source_name, i.issue) for i in issues] == [("a/lone.meta.json", "orphan_sidecar")]
