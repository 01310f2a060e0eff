"""`make bench ARTICLES=N`: time the pipeline on a synthetic corpus grown from real articles.

Each variant shuffles an article's sentences and permutes its numbers and given names, so
every file is unique (duplicate detection must not collapse them) while the language stays
real news prose. Every scenario runs as its own process, as a user's `make run` would.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from pipelines import settings
from pipelines.extract.lexicon import first_names
from pipelines.extract.sentences import split_sentences
from pipelines.ingest.decode import RejectedFile
from pipelines.ingest.scan import parse_source, scan_folder

GIVEN_NAMES = [
    "Ana",
    "Boris",
    "Carmen",
    "Dmitri",
    "Elena",
    "Farid",
    "Grace",
    "Hassan",
    "Irina",
    "Jorge",
    "Karim",
    "Lucia",
    "Mikhail",
    "Nadia",
    "Oscar",
    "Pilar",
    "Rafael",
    "Sofia",
    "Tomas",
    "Yusuf",
]


def source_bodies(folders: list[Path]) -> list[str]:
    """Article bodies exactly as ingestion would read them."""
    bodies = []
    for folder in folders:
        sources, _ = scan_folder(folder, settings.max_file_bytes())
        for source in sources:
            try:
                bodies.append(parse_source(source).body_text)
            except RejectedFile:
                continue
    if not bodies:
        raise SystemExit("no articles to grow a corpus from")
    return bodies


def variant(body: str, rng: random.Random) -> str:
    sentences = [s.text for s in split_sentences(body)]
    head, rest = sentences[:1], sentences[1:]
    rng.shuffle(rest)
    text = "\n\n".join(head + rest)
    text = re.sub(r"\d+", lambda m: str(rng.randint(1, 10 ** len(m.group(0)) - 1)), text)
    names = first_names()

    def swap(m: re.Match[str]) -> str:
        word = m.group(0)
        return rng.choice(GIVEN_NAMES) if word.lower() in names and rng.random() < 0.5 else word

    return re.sub(r"\b[A-Z][a-z]{2,}\b", swap, text)


def build_corpus(folder: Path, count: int, bodies: list[str]) -> int:
    words = 0
    for i in range(count):
        rng = random.Random(i)
        text = variant(bodies[i % len(bodies)], rng)
        words += len(text.split())
        (folder / f"article_{i:06d}.txt").write_text(text, encoding="utf-8")
    return words


def timed_run(
    seeds: Path, warehouse: Path, timings: Path, env: dict[str, str] | None = None
) -> tuple[float, dict[str, float]]:
    started = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pipelines.run",
            "--seeds",
            str(seeds),
            "--warehouse",
            str(warehouse),
            "--timings",
            str(timings),
            "--quiet",
        ],
        check=True,
        env={**os.environ, **(env or {})},
    )
    elapsed = time.perf_counter() - started
    return elapsed, json.loads(timings.read_text())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--from", dest="extra", type=Path, action="append", default=[])
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="news-bench-"))
    try:
        seeds, warehouse, timings = work / "in", work / "bench.duckdb", work / "timings.json"
        seeds.mkdir()
        bodies = source_bodies([settings.REPO_ROOT / "seeds", *args.extra])
        words = build_corpus(seeds, args.articles, bodies)
        print(f"corpus: {args.articles} articles, {words} words in {seeds}", flush=True)
        full_s, stages = timed_run(seeds, warehouse, timings)
        print(f"full run: {full_s:.1f}s {stages}", flush=True)
        noop_s, _ = timed_run(seeds, warehouse, timings)
        print(f"no-op re-run: {noop_s:.1f}s", flush=True)
        (seeds / "article_new.txt").write_text(variant(bodies[0], random.Random(-1)), "utf-8")
        one_new_s, _ = timed_run(seeds, warehouse, timings)
        print(f"one new article: {one_new_s:.1f}s", flush=True)
        edited = seeds / "article_000000.txt"
        edited.write_text(edited.read_text("utf-8") + "\n\nA late paragraph was added.", "utf-8")
        one_edit_s, edit_stages = timed_run(seeds, warehouse, timings)
        print(f"one edited article: {one_edit_s:.1f}s", flush=True)
        # The same kind of change with the incremental marts rebuilt in full, for comparison.
        edited.write_text(edited.read_text("utf-8") + "\n\nAnother paragraph.", "utf-8")
        refresh_s, refresh_stages = timed_run(
            seeds, warehouse, timings, env={"NEWS_DBT_FULL_REFRESH": "1"}
        )
        print(f"one edited article, marts rebuilt in full: {refresh_s:.1f}s", flush=True)
        peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        result = {
            "articles": args.articles,
            "words": words,
            "full_s": round(full_s, 2),
            "noop_s": round(noop_s, 2),
            "one_new_s": round(one_new_s, 2),
            "one_edit_s": round(one_edit_s, 2),
            "ingest_s": round(stages.get("ingest", 0.0), 2),
            "extract_s": round(stages.get("extract", 0.0), 2),
            "dbt_s": round(stages.get("dbt", 0.0), 2),
            "one_edit_full_refresh_s": round(refresh_s, 2),
            "one_edit_dbt_s": round(edit_stages.get("dbt", 0.0), 2),
            "one_edit_full_refresh_dbt_s": round(refresh_stages.get("dbt", 0.0), 2),
            "peak_rss_mb": round(peak_kb / 1024, 1),
            "workers": stages.get("workers"),
        }
        print(json.dumps(result))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
