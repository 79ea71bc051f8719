"""`causaltorch discover` and `causaltorch discover-text`, called in-process through `main([...])`."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from causaltorch.cli import main

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


@pytest.fixture(autouse=True)
def plain_terminal(monkeypatch):
    for name in ("FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("COLUMNS", "120")


@pytest.fixture(scope="module")
def chain_csv(tmp_path_factory) -> Path:
    """rain → wet → slip, linear-Gaussian, 1000 rows."""
    generator = np.random.default_rng(0)
    rain = generator.standard_normal(1000)
    wet = 1.0 * rain + generator.standard_normal(1000)
    slip = -0.8 * wet + generator.standard_normal(1000)
    path = tmp_path_factory.mktemp("data") / "chain.csv"
    np.savetxt(path, np.column_stack([rain, wet, slip]), delimiter=",", header="rain,wet,slip", comments="", fmt="%.6f")
    return path


def one_error_line(code: int, captured) -> str:
    assert code == 2
    assert captured.out == ""
    lines = captured.err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), captured.err
    return lines[0]


def test_discovered_rules_feed_scm_sample_with_an_intervention(chain_csv, tmp_path, capsys):
    rules = tmp_path / "rules.json"
    assert main(["discover", str(chain_csv), "--out", str(rules)]) == 0
    found = {(r["cause"], r["effect"]): r for r in json.loads(rules.read_text())["cause_effect_pairs"]}
    assert set(found) == {("rain", "wet"), ("wet", "slip")}
    weight = found[("rain", "wet")]["metadata"]["weight"]
    capsys.readouterr()
    # Discovered variables carry mechanism "linear" in their metadata, so no flag is needed.
    assert main(["scm", "sample", str(rules), "-n", "20000", "--do", "rain=2"]) == 0
    out = capsys.readouterr().out
    wet_mean = float(next(line for line in out.splitlines() if line.split()[:1] == ["wet"]).split()[1])
    # E[wet | do(rain=2)] = 2·(fitted weight); unit noise, so 5 standard errors of the mean are 5/√20000.
    assert wet_mean == pytest.approx(2.0 * weight, abs=5 / 20000**0.5 + 1e-3)
    assert weight == pytest.approx(1.0, abs=0.1)  # and the fitted weight is near the true 1.0


def test_discover_prints_the_edge_table(chain_csv, capsys):
    assert main(["discover", str(chain_csv)]) == 0
    out = capsys.readouterr().out
    assert "found 2 edges" in out
    assert any(line.split()[:2] == ["wet", "slip"] for line in out.splitlines())


def test_discover_with_bootstrap_shows_confidence(chain_csv, capsys):
    assert main(["discover", str(chain_csv), "--bootstrap", "2", "--seed", "3"]) == 0
    out = capsys.readouterr().out
    row = next(line for line in out.splitlines() if line.split()[:2] == ["rain", "wet"])
    assert row.split()[4] == "1.00"


def test_discover_honours_forbid_and_require(chain_csv, tmp_path, capsys):
    rules = tmp_path / "rules.yaml"
    code = main(["discover", str(chain_csv), "--forbid", "wet->slip", "--require", "rain->slip", "--out", str(rules)])
    assert code == 0
    text = rules.read_text()
    assert "effect: slip" in text and "required: true" in text
    assert "cause: wet\n  effect: slip" not in text


def test_discover_draws_the_graph(chain_csv, tmp_path, capsys):
    pytest.importorskip("matplotlib")
    picture = tmp_path / "graph.png"
    assert main(["discover", str(chain_csv), "--draw", str(picture)]) == 0
    assert picture.read_bytes()[:8] == PNG_MAGIC


def test_an_unknown_column_in_forbid_is_one_error_line_with_a_suggestion(chain_csv, capsys):
    line = one_error_line(main(["discover", str(chain_csv), "--forbid", "rian->wet"]), capsys.readouterr())
    assert "Unknown variable 'rian'" in line and "Did you mean 'rain'" in line


def test_a_required_cycle_is_one_error_line_naming_it(chain_csv, capsys):
    code = main(["discover", str(chain_csv), "--require", "rain->wet,wet->rain"])
    assert "wet -> rain -> wet" in one_error_line(code, capsys.readouterr())


def test_a_malformed_edge_is_one_error_line(chain_csv, capsys):
    line = one_error_line(main(["discover", str(chain_csv), "--forbid", "rain=>wet"]), capsys.readouterr())
    assert "cause->effect" in line


def test_a_non_numeric_column_is_one_error_line_naming_it(tmp_path, capsys):
    path = tmp_path / "mixed.csv"
    path.write_text("a,city\n1,x\n2,y\n3,z\n", encoding="utf-8")
    line = one_error_line(main(["discover", str(path)]), capsys.readouterr())
    assert "column 'city' is not numeric" in line


def test_an_unknown_output_suffix_is_refused_before_any_work(chain_csv, tmp_path, capsys):
    line = one_error_line(main(["discover", str(chain_csv), "--out", str(tmp_path / "rules.txt")]), capsys.readouterr())
    assert ".json, .yaml or .yml" in line
    assert not (tmp_path / "rules.txt").exists()


def test_discover_text_mines_a_corpus_into_a_rule_file(tmp_path, capsys):
    corpus = tmp_path / "corpus.txt"
    corpus.write_text("Smoking causes cancer. Smoking leads to cancer.\nVaccines do not cause autism.\n",
                      encoding="utf-8")
    rules = tmp_path / "mined.json"
    assert main(["discover-text", str(corpus), "--out", str(rules)]) == 0
    pairs = json.loads(rules.read_text())["cause_effect_pairs"]
    assert [(p["cause"], p["effect"], p["strength"]) for p in pairs] == [("smoking", "cancer", pytest.approx(2 / 3))]
    assert "1 rules over 2 variables" in capsys.readouterr().out


def test_discover_text_on_a_missing_file_is_one_error_line(tmp_path, capsys):
    line = one_error_line(main(["discover-text", str(tmp_path / "none.txt")]), capsys.readouterr())
    assert "No text file" in line
