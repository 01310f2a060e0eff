"""Score the warehouse's marts against a hand-made gold file (format `news-gold/1`).

Usage: `python -m pipelines.evaluate --gold FILE [--warehouse W | --articles DIR] [--details]`.
Prints one JSON object to stdout; with `--details`, the unmatched gold items and predictions of
each article go to stderr so stdout stays machine-readable.

The module is in two layers. The matching layer (`names_match`, `maximum_matching`,
`score_items`, `score_article`, `score`, `metrics`) works on plain dicts and lists, so the
scoring rules of CONTRACT.md can be unit-tested without a warehouse. The reading layer
(`read_predictions`, `evaluate_warehouse`) turns marts rows into those plain dicts, with
parameterized SQL on a read-only connection, because scoring must never change what it scores.

Matching is a maximum bipartite matching (Kuhn's augmenting paths), not greedy: a greedy pass
can let a loose prediction ("Vladimir") take the gold item a precise one needed and so undercount.
Required gold items are augmented before optional ones; augmenting never unmatches a gold item,
so the number of matched required items is maximal, and optional items then absorb whatever
predictions are left (sparing them from counting as false positives).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipelines import settings
from pipelines.extract.gazetteer import country_code_for, country_name, fold

GOLD_FORMAT = "news-gold/1"
CATEGORIES = ("meetings", "casualties", "oil_flows", "actors")
MIN_SHARED_LETTERS = 3

# Gold files are hand-written and use everyday words; the marts use a closed vocabulary.
CASUALTY_KINDS = {
    "killed": "killed",
    "dead": "killed",
    "death": "killed",
    "deaths": "killed",
    "wounded": "wounded",
    "injured": "wounded",
    "missing": "missing",
}


# --------------------------------------------------------------------------- names


@dataclass(frozen=True)
class Name:
    """A name together with whether it denotes a country, since countries match only countries."""

    text: str
    is_country: bool = False
    country_code: str | None = None


def gold_name(text: str, *, country_type: bool = False) -> Name:
    """Gold files carry bare strings; whether one is a country is decided by the gazetteer.

    `country_type` lets a gold actor declared `type: country` stay a country even when the
    gazetteer does not know its name.
    """
    code = country_code_for(text)
    return Name(text=text, is_country=code is not None or country_type, country_code=code)


def predicted_name(text: str | None, actor_type: str | None, country_code: str | None) -> Name:
    """A predicted actor is a country only by its `actor_type`; its own country_code is trusted
    first because it was resolved with more context than the bare canonical name offers."""
    is_country = (actor_type or "").lower() == "country"
    code = None
    if is_country:
        code = country_code or (country_code_for(text) if text else None)
    return Name(text=text or "", is_country=is_country, country_code=code)


def country_from_code(code: str) -> Name:
    """Oil flows may name a country only by code; give it a name so details stay readable."""
    return Name(text=country_name(code), is_country=True, country_code=code)


def _letters(token: str) -> int:
    return sum(ch.isalpha() for ch in token)


def text_names_match(a: str, b: str) -> bool:
    """Token-subset rule: "Castro" is "Raúl Castro", but a shared "Li" is too weak to say so."""
    ta, tb = set(fold(a).split()), set(fold(b).split())
    if not ta or not tb or not (ta <= tb or tb <= ta):
        return False
    return any(_letters(tok) >= MIN_SHARED_LETTERS for tok in ta & tb)


def names_match(gold: Name, pred: Name) -> bool:
    """Countries compare by ISO code so "U.S." equals "United States"; a country never matches a
    person or organization even when one name contains the other ("Communist Party of Cuba")."""
    if gold.is_country != pred.is_country:
        return False
    if gold.is_country and gold.country_code and pred.country_code:
        return gold.country_code == pred.country_code
    # A country the gazetteer could not resolve on one side: fall back to the name rule.
    return text_names_match(gold.text, pred.text)


# ------------------------------------------------------------------------ matching


def maximum_matching(
    n_gold: int,
    n_pred: int,
    compatible: Callable[[int, int], bool],
    order: Sequence[int] | None = None,
) -> dict[int, int]:
    """Kuhn's algorithm; gold indices are augmented in `order`, so earlier ones take priority.

    Returns gold index -> prediction index. Augmenting paths keep every matched gold item
    matched, which is what lets required items be served before optional ones.
    """
    edges = [[p for p in range(n_pred) if compatible(g, p)] for g in range(n_gold)]
    pred_owner: dict[int, int] = {}

    def augment(g: int, seen: set[int]) -> bool:
        for p in edges[g]:
            if p in seen:
                continue
            seen.add(p)
            if p not in pred_owner or augment(pred_owner[p], seen):
                pred_owner[p] = g
                return True
        return False

    for g in order if order is not None else range(n_gold):
        augment(g, set())
    return {g: p for p, g in pred_owner.items()}


@dataclass
class Tally:
    """Counts plus the leftovers, kept so `--details` can show why a score is what it is."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    pairs: list[tuple[dict[str, Any], dict[str, Any]]] = field(default_factory=list)
    unmatched_gold: list[dict[str, Any]] = field(default_factory=list)
    unmatched_pred: list[dict[str, Any]] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.pairs += other.pairs
        self.unmatched_gold += other.unmatched_gold
        self.unmatched_pred += other.unmatched_pred


def score_items(
    gold: Sequence[dict[str, Any]],
    preds: Sequence[dict[str, Any]],
    matches: Callable[[dict[str, Any], dict[str, Any]], bool],
) -> Tally:
    """One article, one category. `pairs` holds only required gold items (the counted tps)."""
    required = [i for i, g in enumerate(gold) if not g.get("optional")]
    optional = [i for i, g in enumerate(gold) if g.get("optional")]
    matching = maximum_matching(
        len(gold), len(preds), lambda g, p: matches(gold[g], preds[p]), required + optional
    )
    tally = Tally()
    for i in required:
        if i in matching:
            tally.tp += 1
            tally.pairs.append((gold[i], preds[matching[i]]))
        else:
            tally.fn += 1
            tally.unmatched_gold.append(gold[i])
    used = set(matching.values())
    tally.unmatched_pred = [p for j, p in enumerate(preds) if j not in used]
    tally.fp = len(tally.unmatched_pred)
    return tally


def _pred_name(actor: dict[str, Any] | None) -> Name | None:
    if not actor:
        return None
    return predicted_name(actor.get("name"), actor.get("type"), actor.get("country_code"))


def meeting_matches(gold: dict[str, Any], pred: dict[str, Any]) -> bool:
    """Participants must pair off one to one, so a two-person meeting never matches a three-way."""
    g_names = [gold_name(n) for n in gold.get("participants") or []]
    p_names = [n for a in pred.get("participants") or [] if (n := _pred_name(a))]
    if len(g_names) != len(p_names):
        return False
    pairing = maximum_matching(
        len(g_names), len(p_names), lambda i, j: names_match(g_names[i], p_names[j])
    )
    return len(pairing) == len(g_names)


def casualty_kind(kind: str | None) -> str | None:
    if kind is None:
        return None
    return CASUALTY_KINDS.get(kind.strip().lower(), kind.strip().lower())


def _range(item: dict[str, Any]) -> tuple[Any, Any]:
    """A single number may be written with only `count_low`; treat it as low == high."""
    low, high = item.get("count_low"), item.get("count_high")
    return (low if low is not None else high), (high if high is not None else low)


def casualty_matches(gold: dict[str, Any], pred: dict[str, Any]) -> bool:
    g_low, g_high = _range(gold)
    p_low, p_high = _range(pred)
    if g_low is None or p_low is None:
        return False
    return (
        float(g_low) == float(p_low)
        and float(g_high) == float(p_high)
        and casualty_kind(gold.get("kind")) == casualty_kind(pred.get("kind"))
    )


def oil_flow_matches(gold: dict[str, Any], pred: dict[str, Any]) -> bool:
    supplier, recipient = _pred_name(pred.get("supplier")), _pred_name(pred.get("recipient"))
    if supplier is None or recipient is None or not gold.get("supplier"):
        return False
    if not gold.get("recipient"):
        return False
    return names_match(gold_name(gold["supplier"]), supplier) and names_match(
        gold_name(gold["recipient"]), recipient
    )


def actor_matches(gold: dict[str, Any], pred: dict[str, Any]) -> bool:
    name = _pred_name(pred)
    if name is None or not gold.get("name"):
        return False
    country_type = (gold.get("type") or "").lower() == "country"
    return names_match(gold_name(gold["name"], country_type=country_type), name)


MATCHERS: dict[str, Callable[[dict[str, Any], dict[str, Any]], bool]] = {
    "meetings": meeting_matches,
    "casualties": casualty_matches,
    "oil_flows": oil_flow_matches,
    "actors": actor_matches,
}


def score_article(gold: dict[str, Any], predicted: dict[str, Any]) -> dict[str, Tally]:
    """`predicted` has the same four keys as a gold article, with predicted actors written as
    `{"name", "type", "country_code"}` (meeting participants and oil-flow supplier/recipient too).
    """
    return {
        cat: score_items(gold.get(cat) or [], predicted.get(cat) or [], MATCHERS[cat])
        for cat in CATEGORIES
    }


# ------------------------------------------------------------------------- metrics


def _ratio(num: int, den: int, *, vacuous: bool) -> float:
    """Empty denominators: perfect only when there was nothing to find and nothing claimed."""
    if den:
        return num / den
    return 1.0 if vacuous else 0.0


def metrics(tp: int, fp: int, fn: int) -> dict[str, float | int]:
    nothing_at_all = tp + fp == 0 and tp + fn == 0
    precision = _ratio(tp, tp + fp, vacuous=nothing_at_all)
    recall = _ratio(tp, tp + fn, vacuous=nothing_at_all)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
        "tp": tp,
        "fp": fp,
        "fn": fn,
    }


def type_accuracy(pairs: Sequence[tuple[dict[str, Any], dict[str, Any]]]) -> float | None:
    """Over counted (non-optional) matches only; None when nothing matched, since a ratio of
    zero pairs would claim either perfection or failure without evidence."""
    if not pairs:
        return None
    agree = sum((g.get("type") or "").lower() == (p.get("type") or "").lower() for g, p in pairs)
    return round(agree / len(pairs), 4)


def score(
    gold_articles: dict[str, dict[str, Any]],
    predictions: dict[str, dict[str, Any]],
) -> tuple[dict[str, Any], dict[str, dict[str, Tally]]]:
    """Only gold articles are scored; a gold article with no predictions counts as all misses.

    Returns the summary JSON object and the per-article tallies (for `--details`).
    """
    totals = {cat: Tally() for cat in CATEGORIES}
    per_article: dict[str, dict[str, Tally]] = {}
    for source_name, gold in gold_articles.items():
        tallies = score_article(gold, predictions.get(source_name) or {})
        per_article[source_name] = tallies
        for cat in CATEGORIES:
            totals[cat].add(tallies[cat])
    result: dict[str, Any] = {
        cat: metrics(totals[cat].tp, totals[cat].fp, totals[cat].fn) for cat in CATEGORIES
    }
    result["actors"]["type_accuracy"] = type_accuracy(totals["actors"].pairs)
    return result, per_article


# ------------------------------------------------------------------------ warehouse


def _actor(name: Any, actor_type: Any, country_code: Any) -> dict[str, Any]:
    return {"name": name, "type": actor_type, "country_code": country_code}


def find_article_ids(con: Any, source_name: str) -> list[str]:
    """Gold keys are file names; the marts key by path relative to the input folder, so fall
    back to the base name when the article sits in a sub-folder (only if that is unambiguous)."""
    rows = con.execute(
        "select article_id from marts.articles where source_name = ? order by article_id",
        [source_name],
    ).fetchall()
    if rows:
        return [r[0] for r in rows]
    rows = con.execute(
        "select article_id from marts.articles"
        " where suffix(replace(source_name, '\\', '/'), '/' || ?) order by article_id",
        [source_name],
    ).fetchall()
    return [r[0] for r in rows] if len(rows) == 1 else []


def read_predictions(con: Any, article_ids: Sequence[Any]) -> dict[str, list[dict[str, Any]]]:
    """Marts rows of some articles as the plain dicts `score_article` expects."""
    pred: dict[str, list[dict[str, Any]]] = {cat: [] for cat in CATEGORIES}
    for article_id in article_ids:
        params = [article_id]
        pred["actors"] += [
            _actor(*row)
            for row in con.execute(
                "select a.canonical_name, a.actor_type, a.country_code from marts.actors a"
                " where a.actor_id in"
                " (select m.actor_id from marts.actor_mentions m where m.article_id = ?)"
                " order by a.actor_id",
                params,
            ).fetchall()
        ]

        participants: dict[Any, list[dict[str, Any]]] = {}
        meeting_ids = [
            row[0]
            for row in con.execute(
                "select meeting_id from marts.meetings"
                " where article_id = ? and status = 'held' order by meeting_id",
                params,
            ).fetchall()
        ]
        for meeting_id, name, actor_type, code in con.execute(
            "select p.meeting_id, a.canonical_name, a.actor_type, a.country_code"
            " from marts.meeting_participants p"
            " join marts.meetings m on m.meeting_id = p.meeting_id"
            " join marts.actors a on a.actor_id = p.actor_id"
            " where m.article_id = ? and m.status = 'held'"
            " order by p.meeting_id, a.actor_id",
            params,
        ).fetchall():
            participants.setdefault(meeting_id, []).append(_actor(name, actor_type, code))
        pred["meetings"] += [
            {"meeting_id": mid, "participants": participants.get(mid, [])} for mid in meeting_ids
        ]

        pred["casualties"] += [
            {"casualty_figure_id": fid, "count_low": low, "count_high": high, "kind": kind}
            for fid, low, high, kind in con.execute(
                "select casualty_figure_id, count_low, count_high, casualty_kind"
                " from marts.casualty_figures where article_id = ? order by casualty_figure_id",
                params,
            ).fetchall()
        ]

        for row in con.execute(
            "select f.oil_flow_id,"
            " s.canonical_name, s.actor_type, s.country_code, f.supplier_country_code,"
            " r.canonical_name, r.actor_type, r.country_code, f.recipient_country_code"
            " from marts.oil_flows f"
            " left join marts.actors s on s.actor_id = f.supplier_actor_id"
            " left join marts.actors r on r.actor_id = f.recipient_actor_id"
            " where f.article_id = ? order by f.oil_flow_id",
            params,
        ).fetchall():
            pred["oil_flows"].append(
                {
                    "oil_flow_id": row[0],
                    "supplier": _flow_party(*row[1:5]),
                    "recipient": _flow_party(*row[5:9]),
                }
            )
    return pred


def _flow_party(
    name: str | None, actor_type: str | None, code: str | None, flow_code: str | None
) -> dict[str, Any] | None:
    """The actor when the flow points at one, else the country code stored on the flow."""
    if name is not None:
        return _actor(name, actor_type, code)
    if flow_code:
        return _actor(country_name(flow_code), "country", flow_code)
    return None


def load_gold(path: Path) -> dict[str, dict[str, Any]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or data.get("format") != GOLD_FORMAT:
        raise ValueError(f"{path}: not a {GOLD_FORMAT} gold file")
    return data.get("articles") or {}


def evaluate_warehouse(
    gold_articles: dict[str, dict[str, Any]], warehouse: Path
) -> tuple[dict[str, Any], dict[str, dict[str, Tally]], list[str]]:
    """Returns the summary, per-article tallies, and gold articles absent from the warehouse."""
    import duckdb

    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        predictions: dict[str, dict[str, Any]] = {}
        missing: list[str] = []
        for source_name in gold_articles:
            ids = find_article_ids(con, source_name)
            if not ids:
                missing.append(source_name)
                continue
            predictions[source_name] = read_predictions(con, ids)
    finally:
        con.close()
    result, per_article = score(gold_articles, predictions)
    return result, per_article, missing


@contextlib.contextmanager
def _stdout_to_stderr() -> Iterator[None]:
    """The pipeline (dbt, Dagster) may print; stdout must carry only our JSON object, so send
    both Python-level and file-descriptor-level output to stderr while it runs."""
    sys.stdout.flush()
    saved = os.dup(1)
    try:
        os.dup2(2, 1)
        with contextlib.redirect_stdout(sys.stderr):
            yield
    finally:
        sys.stdout.flush()
        os.dup2(saved, 1)
        os.close(saved)


def build_warehouse(articles_dir: Path, warehouse: Path) -> None:
    from pipelines.run import run_pipeline  # imported late: only needed without --warehouse

    with _stdout_to_stderr():
        run_pipeline(seeds_dir=articles_dir, warehouse=warehouse)


# --------------------------------------------------------------------------- output


def _describe(cat: str, item: dict[str, Any]) -> str:
    if cat == "actors":
        where = item.get("country_code", item.get("country"))
        return f"{item.get('name')} ({item.get('type')}, {where})"
    if cat == "meetings":
        names = [p if isinstance(p, str) else p.get("name") for p in item.get("participants") or []]
        return " + ".join(str(n) for n in names) or "(no participants)"
    if cat == "casualties":
        return f"{item.get('count_low')}-{item.get('count_high')} {item.get('kind')}"
    parties = []
    for key in ("supplier", "recipient"):
        party = item.get(key)
        parties.append(party.get("name") if isinstance(party, dict) else party)
    return f"{parties[0]} -> {parties[1]}"


def print_details(per_article: dict[str, dict[str, Tally]], missing: Sequence[str]) -> None:
    err = sys.stderr
    for source_name, tallies in per_article.items():
        print(f"== {source_name}", file=err)
        if source_name in missing:
            print("   (article not found in marts.articles)", file=err)
        for cat in CATEGORIES:
            tally = tallies[cat]
            if not tally.unmatched_gold and not tally.unmatched_pred:
                continue
            print(f"  [{cat}] tp={tally.tp} fp={tally.fp} fn={tally.fn}", file=err)
            for item in tally.unmatched_gold:
                print(f"    missed    {_describe(cat, item)}", file=err)
            for item in tally.unmatched_pred:
                print(f"    spurious  {_describe(cat, item)}", file=err)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipelines.evaluate", description=__doc__)
    parser.add_argument("--gold", type=Path, required=True, help="news-gold/1 JSON file")
    parser.add_argument(
        "--warehouse", type=Path, help="existing DuckDB file to score (opened read-only)"
    )
    parser.add_argument(
        "--articles",
        type=Path,
        default=settings.seeds_dir(),
        help="folder of the gold articles, run through the pipeline when --warehouse is absent",
    )
    parser.add_argument("--details", action="store_true", help="unmatched items to stderr")
    args = parser.parse_args(argv)

    gold = load_gold(args.gold)
    if args.warehouse is not None:
        if not args.warehouse.is_file():
            parser.error(f"no warehouse file at {args.warehouse}")
        result, per_article, missing = evaluate_warehouse(gold, args.warehouse)
    else:
        with tempfile.TemporaryDirectory(prefix="news-evaluate-") as tmp:
            warehouse = Path(tmp) / "evaluate.duckdb"
            build_warehouse(args.articles.resolve(), warehouse)
            result, per_article, missing = evaluate_warehouse(gold, warehouse)

    if missing:
        print(f"gold articles not in the warehouse: {', '.join(missing)}", file=sys.stderr)
    if args.details:
        print_details(per_article, missing)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
