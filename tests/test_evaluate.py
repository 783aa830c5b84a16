"""The evaluator's scoring rules, on hand-made extractions of a real gold file."""

import json
from pathlib import Path

from typer.testing import CliRunner

from app.cli import cli
from app.evaluate import norm, score_article, score_figures, score_labels, scores
from tests.conftest import DATA, SEED_ID

GOLD = json.loads((DATA / "gold" / f"{SEED_ID}.json").read_text(encoding="utf-8"))
PERFECT = [(q["speaker"], q["kind"], "- " + q["begins"] + " және тағы басқа") for q in GOLD["quotes"]]


def test_a_perfect_extraction_scores_one() -> None:
    s = scores(score_article("seed", GOLD, "kk", ["Равшан Назаров"], PERFECT))
    assert (s.speaker_f1, s.quote_p, s.quote_r, s.attribution, s.language) == (1, 1, 1, 1, 1)


def test_each_kind_of_error_counts_where_it_should() -> None:
    quotes = list(PERFECT)
    quotes[0] = ("Біреу", quotes[0][1], quotes[0][2])            # misattributed
    quotes[1] = (quotes[1][0], "direct", quotes[1][2])           # wrong kind: a miss and an extra
    quotes.append(("Равшан Назаров", "direct", "Мүлде басқа сөз"))  # not in gold
    t = score_article("seed", GOLD, "ru", ["Равшан Назаров", "Біреу"], quotes)
    s = scores(t)
    assert (t.gold_quotes, t.found_quotes, t.matched_gold) == (9, 10, 8)
    assert s.quote_r == 8 / 9 and s.quote_p == 8 / 10
    assert s.attribution == 7 / 8
    assert (s.speaker_p, s.speaker_r) == (0.5, 1.0)
    assert s.language == 0
    assert any("misattributed" in m for m in t.misses)
    assert any("speaker not in gold: біреу" in m for m in t.misses)


def test_norm_ignores_case_yo_dashes_and_spacing() -> None:
    assert norm("– «Ёлка  Бар") == norm("ёлка бар") == "елка бар"


def test_cli_prints_the_table_for_a_gold_folder(tmp_path: Path) -> None:
    for suffix in (".txt", ".json"):
        (tmp_path / f"{SEED_ID}{suffix}").write_bytes((DATA / ("articles" if suffix == ".txt" else "gold")
                                                       / f"{SEED_ID}{suffix}").read_bytes())
    result = CliRunner().invoke(cli, ["evaluate", str(tmp_path)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "speakers and quotes:"
    assert lines[1].split()[:3] == ["lang", "articles", "spk"]
    assert "figures:" in lines
    kk = next(line for line in lines if line.startswith("kk "))
    assert kk.split()[1] == "1"


def test_figure_scoring_matches_on_kind_value_unit_and_checks_attributes() -> None:
    gold = GOLD["figures"]
    found = [{"kind": g["kind"], "value": str(g["value"]), "unit": g["unit"], "qualifier": g["qualifier"],
              "reporter": g["reporter"], "partner": g["partner"],
              "period_start": g["period"].split("/")[0] if g["period"] else None,
              "period_end": g["period"].split("/")[1] if g["period"] else None,
              "target": 0, "text": g["span"]} for g in gold]
    s = scores(score_figures("seed", gold, found))
    assert (s.figure_f1, s.qualifier, s.sides, s.period, s.target) == (1, 1, 1, 1, 1)
    found[0] = {**found[0], "reporter": "KZ", "partner": "UZ"}  # direction reversed
    found[1] = {**found[1], "value": "2400000001"}              # wrong value: a miss and an extra
    t = score_figures("seed", gold, found)
    s = scores(t)
    assert (t.matched_figures, s.figure_p, s.figure_r) == (4, 4 / 5, 4 / 5)
    assert s.sides == 3 / 4 and s.period == 1


def test_a_folder_without_gold_is_refused(tmp_path: Path) -> None:
    (tmp_path / "x.txt").write_text(" date 2025-01-01 T\nBody.\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["evaluate", str(tmp_path)])
    assert result.exit_code == 2
    assert "no NAME.txt with a NAME.json" in result.stderr


def test_label_sets_score_by_intersection() -> None:
    t = score_labels("seed", "countries", {"KZ", "UZ"}, {"KZ", "RU"})
    s = scores(t)
    assert (s.country_p, s.country_r) == (0.5, 0.5)
    assert "seed: countries missed: UZ" in t.misses and "seed: countries not in gold: RU" in t.misses
