"""Scoring rules of CONTRACT.md ("Gold files and scoring"), checked on small hand-made cases."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import duckdb
import pytest

from pipelines.evaluate import (
    actor_matches,
    casualty_matches,
    evaluate_warehouse,
    gold_name,
    main,
    maximum_matching,
    meeting_matches,
    metrics,
    names_match,
    oil_flow_matches,
    predicted_name,
    score,
    score_items,
    text_names_match,
)


def person(name: str, actor_type: str = "person", code: str | None = None) -> dict[str, Any]:
    return {"name": name, "type": actor_type, "country_code": code}


def country(name: str, code: str) -> dict[str, Any]:
    return {"name": name, "type": "country", "country_code": code}


# ----------------------------------------------------------------------------- names


def test_accents_and_case_are_folded() -> None:
    assert text_names_match("Vladímir Kolokoltsev", "vladimir kolokoltsev")
    assert text_names_match("Vladímir", "vladimir")


def test_token_subset_rule() -> None:
    assert text_names_match("Raúl Castro", "Castro")
    assert text_names_match("Raúl Castro", "Raul")
    assert text_names_match("Miguel Díaz-Canel", "Díaz-Canel")
    assert not text_names_match("Raúl Castro", "Fidel Castro")  # neither is a subset


def test_shared_token_needs_three_letters() -> None:
    assert not text_names_match("Li Wei", "Li")
    assert not text_names_match("Li", "Li Wei")


def test_countries_match_only_countries() -> None:
    cuba = gold_name("Cuba")
    assert cuba.is_country and cuba.country_code == "CU"
    party = predicted_name("Communist Party of Cuba", "organization", "CU")
    assert not names_match(cuba, party)
    assert not names_match(
        gold_name("Communist Party of Cuba"), predicted_name("Cuba", "country", "CU")
    )


def test_countries_match_by_iso_code_or_common_name() -> None:
    assert names_match(gold_name("U.S."), predicted_name("United States", "country", "US"))
    assert names_match(gold_name("USA"), predicted_name("United States", "country", None))
    assert not names_match(gold_name("Cuba"), predicted_name("Russia", "country", "RU"))


def test_predicted_country_is_decided_by_actor_type() -> None:
    # Same text, but predicted as an organization: not a country, so no match.
    assert not names_match(gold_name("Cuba"), predicted_name("Cuba", "organization", "CU"))


def test_gold_actor_of_type_country_is_a_country() -> None:
    gold = {"name": "Freedonia", "type": "country"}
    assert actor_matches(gold, person("Freedonia", "country"))
    assert not actor_matches(gold, person("Freedonia", "person"))


# -------------------------------------------------------------------------- matching


def test_maximum_matching_beats_greedy() -> None:
    # Gold 0 could take either prediction; greedy taking pred 0 would strand gold 1.
    edges = {(0, 0), (0, 1), (1, 0)}
    assert maximum_matching(2, 2, lambda g, p: (g, p) in edges) == {0: 1, 1: 0}


def test_one_prediction_matches_one_gold_item() -> None:
    gold = [{"name": "Raúl Castro", "type": "person"}, {"name": "Fidel Castro", "type": "person"}]
    tally = score_items(gold, [person("Castro")], actor_matches)
    assert (tally.tp, tally.fp, tally.fn) == (1, 0, 1)


def test_unmatched_predictions_are_false_positives() -> None:
    gold = [{"name": "Raúl Castro", "type": "person"}]
    tally = score_items(gold, [person("Raul Castro"), person("Li Wei")], actor_matches)
    assert (tally.tp, tally.fp, tally.fn) == (1, 1, 0)
    assert tally.unmatched_pred == [person("Li Wei")]


def test_meeting_participants_match_one_to_one() -> None:
    gold = {"participants": ["Vladimir Kolokoltsev", "Raúl Castro"]}
    assert meeting_matches(gold, {"participants": [person("Raul Castro"), person("Kolokoltsev")]})
    # Different size: no match even though every name matches something.
    three = [person("Kolokoltsev"), person("Raúl Castro"), person("Putin")]
    assert not meeting_matches(gold, {"participants": three})
    # Same size, but both predictions match only one gold participant.
    twice = [person("Raúl Castro"), person("Castro")]
    assert not meeting_matches(gold, {"participants": twice})


def test_visit_meeting_host_country() -> None:
    gold = {"participants": ["Vladimir Kolokoltsev", "Cuba"]}
    assert meeting_matches(
        gold, {"participants": [person("Vladímir Kolokoltsev"), country("Cuba", "CU")]}
    )
    assert not meeting_matches(
        gold, {"participants": [person("Vladímir Kolokoltsev"), person("Cuba", "organization")]}
    )


def test_casualty_dead_counts_as_killed() -> None:
    gold = {"count_low": 100, "count_high": 120, "kind": "dead"}
    assert casualty_matches(gold, {"count_low": 100, "count_high": 120, "kind": "killed"})
    assert not casualty_matches(gold, {"count_low": 100, "count_high": 100, "kind": "killed"})
    assert not casualty_matches(gold, {"count_low": 100, "count_high": 120, "kind": "wounded"})
    injured = {"count_low": 5, "count_high": 5, "kind": "injured"}
    assert casualty_matches(injured, {"count_low": 5, "count_high": 5, "kind": "wounded"})


def test_oil_flow_needs_supplier_and_recipient() -> None:
    gold = {"supplier": "Venezuela", "recipient": "Cuba"}
    assert oil_flow_matches(
        gold, {"supplier": country("Venezuela", "VE"), "recipient": country("Cuba", "CU")}
    )
    assert not oil_flow_matches(
        gold, {"supplier": country("Cuba", "CU"), "recipient": country("Venezuela", "VE")}
    )
    assert not oil_flow_matches(gold, {"supplier": country("Venezuela", "VE"), "recipient": None})


def test_optional_items() -> None:
    gold = [
        {"count_low": 32, "count_high": 32, "kind": "killed"},
        {"count_low": 4, "count_high": 4, "kind": "killed", "optional": True},
        {"count_low": 7, "count_high": 7, "kind": "killed", "optional": True},
    ]
    preds = [
        {"count_low": 32, "count_high": 32, "kind": "dead"},
        {"count_low": 4, "count_high": 4, "kind": "killed"},
    ]
    tally = score_items(gold, preds, casualty_matches)
    # Matched optional: neither tp nor fp; unmatched optional: not a fn.
    assert (tally.tp, tally.fp, tally.fn) == (1, 0, 0)


def test_required_items_take_priority_over_optional() -> None:
    gold = [
        {"name": "Raúl Castro", "type": "person", "optional": True},
        {"name": "Castro", "type": "person"},
    ]
    tally = score_items(gold, [person("Raúl Castro")], actor_matches)
    assert (tally.tp, tally.fp, tally.fn) == (1, 0, 0)


# --------------------------------------------------------------------------- metrics


def test_metrics_arithmetic() -> None:
    assert metrics(2, 1, 3) == {
        "precision": 0.6667,
        "recall": 0.4,
        "f1": 0.5,
        "tp": 2,
        "fp": 1,
        "fn": 3,
    }
    assert metrics(0, 0, 0)["precision"] == 1.0 and metrics(0, 0, 0)["f1"] == 1.0
    nothing_predicted = metrics(0, 0, 2)
    assert (nothing_predicted["precision"], nothing_predicted["recall"]) == (0.0, 0.0)
    assert nothing_predicted["f1"] == 0.0
    no_gold = metrics(0, 3, 0)
    assert (no_gold["precision"], no_gold["recall"], no_gold["f1"]) == (0.0, 0.0, 0.0)


def test_score_sums_articles_and_reports_type_accuracy() -> None:
    gold = {
        "a.txt": {
            "actors": [
                {"name": "Cuba", "type": "country"},
                {"name": "Granma", "type": "organization"},
            ]
        },
        "b.txt": {"actors": [{"name": "Raúl Castro", "type": "person"}]},
    }
    preds = {
        "a.txt": {"actors": [country("Cuba", "CU"), person("Granma", "person")]},
        # b.txt missing from the predictions: its gold items are all misses.
    }
    result, per_article = score(gold, preds)
    assert result["actors"]["tp"] == 2 and result["actors"]["fn"] == 1
    assert result["actors"]["type_accuracy"] == 0.5
    assert result["meetings"] == metrics(0, 0, 0)
    assert per_article["b.txt"]["actors"].fn == 1


# ------------------------------------------------------------------------ end to end

MARTS_DDL = """
create schema marts;
create table marts.articles (article_id varchar, source_name varchar);
create table marts.actors (
    actor_id varchar, canonical_name varchar, actor_type varchar, country_code varchar);
create table marts.actor_mentions (mention_id varchar, actor_id varchar, article_id varchar);
create table marts.meetings (meeting_id varchar, article_id varchar, status varchar);
create table marts.meeting_participants (meeting_id varchar, actor_id varchar);
create table marts.casualty_figures (
    casualty_figure_id varchar, article_id varchar,
    count_low integer, count_high integer, casualty_kind varchar);
create table marts.oil_flows (
    oil_flow_id varchar, article_id varchar, supplier_actor_id varchar,
    recipient_actor_id varchar, supplier_country_code varchar, recipient_country_code varchar);
"""


def build_warehouse(path: Path) -> None:
    con = duckdb.connect(str(path))
    con.execute(MARTS_DDL)
    con.executemany(
        "insert into marts.articles values (?, ?)",
        [("A1", "000.txt"), ("A2", "sub/001.txt"), ("A3", "other.txt")],
    )
    con.executemany(
        "insert into marts.actors values (?, ?, ?, ?)",
        [
            ("k", "Vladímir Kolokoltsev", "person", "RU"),
            ("c", "Raúl Castro", "person", "CU"),
            ("cu", "Cuba", "country", "CU"),
            ("ve", "Venezuela", "country", "VE"),
            ("pcc", "Communist Party of Cuba", "organization", "CU"),
            ("x", "Someone Else", "person", None),
        ],
    )
    con.executemany(
        "insert into marts.actor_mentions values (?, ?, ?)",
        [
            ("m1", "k", "A1"),
            ("m2", "k", "A1"),  # two mentions, still one predicted actor
            ("m3", "c", "A1"),
            ("m4", "cu", "A1"),
            ("m5", "pcc", "A1"),
            ("m6", "x", "A3"),  # another article: must not leak into A1
        ],
    )
    con.executemany(
        "insert into marts.meetings values (?, ?, ?)",
        [("mt1", "A1", "held"), ("mt2", "A1", "planned"), ("mt3", "A1", "held")],
    )
    con.executemany(
        "insert into marts.meeting_participants values (?, ?)",
        [("mt1", "k"), ("mt1", "c"), ("mt2", "k"), ("mt2", "cu"), ("mt3", "k"), ("mt3", "pcc")],
    )
    con.executemany(
        "insert into marts.casualty_figures values (?, ?, ?, ?, ?)",
        [("f1", "A1", 32, 32, "killed"), ("f2", "A1", 4, 4, "killed")],
    )
    con.executemany(
        "insert into marts.oil_flows values (?, ?, ?, ?, ?, ?)",
        [
            ("o1", "A1", "ve", None, None, "CU"),  # recipient only by country code
            ("o2", "A2", None, None, "RU", "CU"),
        ],
    )
    con.close()


GOLD = {
    "format": "news-gold/1",
    "articles": {
        "000.txt": {
            "meetings": [
                {"participants": ["Vladimir Kolokoltsev", "Raúl Castro"]},
                {"participants": ["Vladimir Kolokoltsev", "Cuba"]},
            ],
            "casualties": [
                {"count_low": 32, "count_high": 32, "kind": "dead"},
                {"count_low": 4, "count_high": 4, "kind": "killed", "optional": True},
            ],
            "oil_flows": [{"supplier": "Venezuela", "recipient": "Cuba"}],
            "actors": [
                {"name": "Vladimir Kolokoltsev", "type": "person"},
                {"name": "Raúl Castro", "type": "person"},
                {"name": "Cuba", "type": "country"},
                {"name": "Communist Party of Cuba", "type": "person"},
                {"name": "Nicolás Maduro", "type": "person"},
            ],
        },
        "001.txt": {
            "meetings": [],
            "casualties": [],
            "oil_flows": [{"supplier": "Russia", "recipient": "Cuba"}],
            "actors": [],
        },
    },
}


def test_end_to_end_on_tiny_warehouse(tmp_path: Path) -> None:
    warehouse = tmp_path / "w.duckdb"
    build_warehouse(warehouse)
    result, per_article, missing = evaluate_warehouse(GOLD["articles"], warehouse)
    assert missing == []
    # mt1 matches; mt2 is not held; mt3 (with the party, not the country) is a fp.
    assert result["meetings"] == metrics(1, 1, 1)
    assert result["casualties"] == metrics(1, 0, 0)
    assert result["oil_flows"] == metrics(2, 0, 0)
    actors = result["actors"]
    assert (actors["tp"], actors["fp"], actors["fn"]) == (4, 0, 1)
    assert actors["type_accuracy"] == 0.75
    assert [a["name"] for a in per_article["000.txt"]["actors"].unmatched_gold] == [
        "Nicolás Maduro"
    ]


def test_main_prints_one_json_object(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    warehouse = tmp_path / "w.duckdb"
    build_warehouse(warehouse)
    gold_file = tmp_path / "gold.json"
    gold_file.write_text(json.dumps(GOLD), encoding="utf-8")
    before = warehouse.stat().st_mtime_ns
    assert main(["--gold", str(gold_file), "--warehouse", str(warehouse), "--details"]) == 0
    out, err = capsys.readouterr()
    result = json.loads(out)
    assert set(result) == {"meetings", "casualties", "oil_flows", "actors"}
    assert result["oil_flows"]["f1"] == 1.0
    assert "Nicolás Maduro" in err
    assert warehouse.stat().st_mtime_ns == before  # read-only


def test_rejects_other_gold_formats(tmp_path: Path) -> None:
    gold_file = tmp_path / "gold.json"
    gold_file.write_text(json.dumps({"format": "other", "articles": {}}), encoding="utf-8")
    with pytest.raises(ValueError):
        main(["--gold", str(gold_file), "--warehouse", str(tmp_path / "w.duckdb")])
