"""The `causaltorch` command line, called in-process through `main([...])` (and once as a real process)."""

from __future__ import annotations

import argparse
import csv
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from causaltorch.cli import main, parse_assignments
from causaltorch.cli._args import positive_options
from causaltorch.errors import CausalTorchError, DataError, InterventionError
from causaltorch.rules import CausalRuleSet

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
WEATHER_VARIABLES = CausalRuleSet.load("weather").variables


@pytest.fixture(autouse=True)
def plain_terminal(monkeypatch):
    """Tables as a plain, wide, colourless terminal would show them, whatever the CI environment says."""
    for name in ("FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("COLUMNS", "120")


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def assert_one_line_error(code: int, captured) -> str:
    """Exit code 2, nothing on stdout, exactly one ``error: …`` line on stderr; returns that line."""
    assert code == 2
    assert captured.out == ""
    lines = captured.err.splitlines()
    assert len(lines) == 1, captured.err
    assert lines[0].startswith("error: ")
    assert "Traceback" not in captured.err
    return lines[0]


def row(output: str, first_cell: str) -> str:
    """The table line whose first cell is ``first_cell``."""
    for line in output.splitlines():
        if line.split(maxsplit=1)[:1] == [first_cell]:
            return line
    raise AssertionError(f"no table row for {first_cell!r} in:\n{output}")


# ------------------------------------------------------------------------------------------ rules
def test_validate_reports_variables_rules_and_temporal_rules(capsys):
    assert main(["rules", "validate", "weather"]) == 0
    assert capsys.readouterr().out == "OK: 10 variables, 11 rules (1 temporal)\n"


def test_validate_names_the_cycle_of_a_cyclic_file_in_one_error_line(tmp_path, capsys):
    path = write(tmp_path, "cyclic.json", '{"cause_effect_pairs": [{"cause": "a", "effect": "b"}, '
                                          '{"cause": "b", "effect": "a"}]}')
    line = assert_one_line_error(main(["rules", "validate", str(path)]), capsys.readouterr())
    assert "b -> a -> b" in line
    assert str(path) in line


def test_validate_rejects_a_strength_outside_minus_one_to_one(tmp_path, capsys):
    path = write(tmp_path, "strong.json", '{"cause_effect_pairs": [{"cause": "a", "effect": "b", "strength": 1.5}]}')
    line = assert_one_line_error(main(["rules", "validate", str(path)]), capsys.readouterr())
    assert "strength 1.5 is outside [-1, 1]" in line


def test_malformed_json_error_gives_line_and_column(tmp_path, capsys):
    path = write(tmp_path, "broken.json", '{\n  "cause_effect_pairs": [\n    {"cause": "a" "effect": "b"}\n  ]\n}\n')
    line = assert_one_line_error(main(["rules", "validate", str(path)]), capsys.readouterr())
    assert "line 3, column 19" in line


def test_validate_of_a_missing_file_names_the_bundled_sets(capsys):
    line = assert_one_line_error(main(["rules", "validate", "no_such_rules.json"]), capsys.readouterr())
    assert "no_such_rules.json" in line and "weather" in line


def test_show_lists_every_rule_with_strength_and_kind(capsys):
    assert main(["rules", "show", "weather"]) == 0
    shown = {tuple(line.split()[:4]) for line in capsys.readouterr().out.splitlines()}
    for rule in CausalRuleSet.load("weather").rules:
        kind = "inhibitory" if rule.strength < 0 else "excitatory"
        assert (rule.cause, rule.effect, f"{rule.strength:g}", kind) in shown


def test_show_gives_offset_and_duration_of_a_temporal_rule(capsys):
    assert main(["rules", "show", "weather"]) == 0
    lines = [line.split() for line in capsys.readouterr().out.splitlines()]
    assert ["rain", "flooding", "0.6", "excitatory", "2", "3"] in lines


def test_draw_writes_a_png_into_a_folder_it_creates(tmp_path, capsys):
    target = tmp_path / "new" / "folder" / "graph.png"
    assert main(["rules", "draw", "weather", "-o", str(target)]) == 0
    data = target.read_bytes()
    assert data.startswith(PNG_MAGIC)
    assert len(data) > 20_000
    assert sorted(p.name for p in target.parent.iterdir()) == ["graph.png"]  # no temporary file left
    assert str(target) in capsys.readouterr().out


def test_draw_to_an_unknown_image_format_is_a_one_line_error(tmp_path, capsys):
    line = assert_one_line_error(main(["rules", "draw", "weather", "-o", str(tmp_path / "graph.xyz")]),
                                 capsys.readouterr())
    assert ".png" in line
    assert not (tmp_path / "graph.xyz").exists()


def test_draw_without_matplotlib_names_the_viz_extra(tmp_path, capsys, monkeypatch):
    monkeypatch.setitem(sys.modules, "matplotlib", None)  # makes `import matplotlib` fail
    line = assert_one_line_error(main(["rules", "draw", "weather", "-o", str(tmp_path / "g.png")]),
                                 capsys.readouterr())
    assert "pip install 'causaltorch[viz]'" in line


# ------------------------------------------------------------------------------------------ scm sample
def test_sample_under_do_rain_one_gives_rain_mean_exactly_one(capsys):
    assert main(["scm", "sample", "weather", "-n", "500", "--do", "rain=1"]) == 0
    assert row(capsys.readouterr().out, "rain").split() == ["rain", "=", "1", "1.000", "0.000"]


def test_sample_csv_has_a_header_and_one_row_per_sample(tmp_path, capsys):
    target = tmp_path / "out" / "samples.csv"
    assert main(["scm", "sample", "weather", "-n", "300", "--do", "rain=1", "--csv", str(target)]) == 0
    with target.open(newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == WEATHER_VARIABLES
    assert len(rows) == 1 + 300
    rain = WEATHER_VARIABLES.index("rain")
    assert {float(r[rain]) for r in rows[1:]} == {1.0}
    assert sorted(p.name for p in target.parent.iterdir()) == ["samples.csv"]


def test_sample_with_the_same_seed_prints_the_same_table(capsys):
    assert main(["scm", "sample", "weather", "-n", "200", "--seed", "7"]) == 0
    first = capsys.readouterr().out
    assert main(["scm", "sample", "weather", "-n", "200", "--seed", "7"]) == 0
    assert capsys.readouterr().out == first


def test_sample_with_a_misspelled_variable_suggests_the_right_one(capsys):
    line = assert_one_line_error(main(["scm", "sample", "weather", "--do", "rian=1"]), capsys.readouterr())
    assert "Did you mean 'rain'?" in line


@pytest.mark.parametrize("bad", ["rain", "rain=abc", "=1", "rain=1,"])
def test_bad_do_syntax_names_the_expected_form(bad, capsys):
    line = assert_one_line_error(main(["scm", "sample", "weather", "--do", bad]), capsys.readouterr())
    assert "name=value[,name=value]" in line


def test_unwritable_csv_location_fails_before_sampling(tmp_path, capsys):
    blocker = write(tmp_path, "file.txt", "not a folder")
    assert_one_line_error(main(["scm", "sample", "weather", "--csv", str(blocker / "samples.csv")]),
                          capsys.readouterr())


def test_usage_errors_are_one_line_too(capsys):
    line = assert_one_line_error(main(["scm", "sample", "weather", "--mechanism", "magic"]), capsys.readouterr())
    assert "--mechanism" in line


# ------------------------------------------------------------------------------------------ parsing
def test_parse_assignments_merges_repeated_and_comma_separated_pairs():
    assert parse_assignments(["rain=0,clouds=1", " night = 0.5 "], "--do") == {
        "rain": 0.0, "clouds": 1.0, "night": 0.5,
    }


@pytest.mark.parametrize("bad", [["rain=inf"], ["rain=1", "rain=0"]])
def test_parse_assignments_rejects_infinite_values_and_repeated_names(bad):
    with pytest.raises(InterventionError):
        parse_assignments(bad, "--do")


def test_positive_options_names_the_option_and_lets_unset_ones_pass():
    positive_options(argparse.Namespace(steps=3, max_seq_length=None), "steps", "max_seq_length")
    with pytest.raises(DataError, match=re.escape("--batch-size must be a positive integer, got 0.")):
        positive_options(argparse.Namespace(max_seq_length=None, batch_size=0), "max_seq_length", "batch_size")


def test_parse_errors_are_causaltorch_errors():
    with pytest.raises(CausalTorchError, match=re.escape("name=value[,name=value]")):
        parse_assignments(["rain:1"], "--observed")


# ------------------------------------------------------------------------------------------ counterfactual
COUNTERFACTUAL = ["scm", "counterfactual", "weather", "--observed", "rain=1,wet_ground=1", "--samples", "200"]


def test_counterfactual_wet_ground_without_rain_is_the_posterior_of_its_leak(capsys):
    # Wet while raining: the leak (0.05) fired or the rain's edge (0.9) acted. Without rain only the leak
    # can wet the ground: P = 0.05 / (1 - 0.95 * 0.1) = 0.0552.
    assert main([*COUNTERFACTUAL, "--do", "rain=0"]) == 0
    out = capsys.readouterr().out
    assert re.fullmatch(r"wet_ground\s+1\s+0\.055\s+0\.\d+\s*", row(out, "wet_ground"))
    assert re.fullmatch(r"rain\s+1\s+= 0\s+0\.000\s*", row(out, "rain"))


def test_counterfactual_of_an_observation_the_model_cannot_produce_is_one_line_and_exit_2(capsys):
    code = main(["scm", "counterfactual", "weather", "--observed", "rain=1,wet_ground=0.95", "--do", "rain=0"])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1
    assert "wet_ground=0.95 cannot happen" in err and "values 0, 1" in err


def test_counterfactual_marks_undetermined_variables_unknown_with_a_footnote(capsys):
    assert main([*COUNTERFACTUAL, "--do", "rain=0"]) == 0
    out = capsys.readouterr().out
    assert row(out, "clouds").split() == ["clouds", "unknown"]
    assert "unknown: the evidence does not determine" in out


def test_counterfactual_accepts_repeated_or_comma_separated_do(capsys):
    assert main([*COUNTERFACTUAL, "--do", "rain=0", "--do", "clouds=1"]) == 0
    repeated = capsys.readouterr().out
    assert main([*COUNTERFACTUAL, "--do", "rain=0,clouds=1"]) == 0
    assert capsys.readouterr().out == repeated
    assert row(repeated, "clouds").split() == ["clouds", "=", "1", "1.000"]


# ------------------------------------------------------------------------------------------ demo
@pytest.fixture(scope="module")
def demo_run(tmp_path_factory):
    """One demo run shared by the demo tests: (output folder, stdout)."""
    out = tmp_path_factory.mktemp("demo")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("COLUMNS", "120")
        for name in ("FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE"):
            patch.delenv(name, raising=False)
        stdout = _run_demo(out)
    return out, stdout


def _run_demo(out: Path) -> str:
    import contextlib
    import io

    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        assert main(["scm", "demo", "--out", str(out), "-n", "4000", "--seed", "0"]) == 0
    return buffer.getvalue()


def test_demo_writes_graph_and_samples_and_says_where(demo_run):
    out, stdout = demo_run
    assert (out / "graph.png").read_bytes().startswith(PNG_MAGIC)
    with (out / "samples.csv").open(newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == WEATHER_VARIABLES and len(rows) == 1 + 4000
    assert f"wrote {out / 'graph.png'}" in stdout
    assert f"wrote {out / 'samples.csv'}" in stdout


def test_demo_prints_the_intervention_counterfactual_and_rollout_tables(demo_run):
    _, stdout = demo_run
    assert "1. Intervening on rain" in stdout
    assert "2. Counterfactual: observed rain=1, wet_ground=1; what if do(rain=0)?" in stdout
    assert "3. Rollout over 12 steps" in stdout


def test_demo_intervening_on_rain_moves_descendants_and_not_ancestors(demo_run):
    _, stdout = demo_run
    clouds = row(stdout, "clouds").split()
    assert clouds[1] == "ancestor" and clouds[2] == clouds[3] == clouds[4]
    wet = row(stdout, "wet_ground").split()
    assert wet[1] == "descendant"
    # noisy-OR, leak 0.05: do(rain=1) -> 1 - 0.95 * 0.1 = 0.905;  do(rain=0) -> 0.05 (±0.02 at n=4000)
    assert abs(float(wet[3]) - 0.905) < 0.02 and abs(float(wet[4]) - 0.05) < 0.02


def test_demo_rollout_floods_two_steps_after_rain_for_three_steps(demo_run):
    _, stdout = demo_run
    table = stdout.split("3. Rollout", 1)[1]
    flooding = {int(cells[0]): float(cells[3]) for cells in (line.split() for line in table.splitlines())
                if len(cells) >= 4 and cells[0].isdigit()}
    assert sorted(flooding) == list(range(12))
    # rain at step 3 -> flooding intensity 1 - (1 - 0.01)(1 - 0.6) = 0.604 at steps 5, 6, 7; else the 0.01 leak
    assert [t for t, value in flooding.items() if value > 0.3] == [5, 6, 7]
    assert all(abs(flooding[t] - 0.604) < 0.03 for t in (5, 6, 7))


def test_demo_output_is_identical_on_rerun_with_the_same_seed(demo_run):
    out, stdout = demo_run
    samples = (out / "samples.csv").read_bytes()
    assert _run_demo(out) == stdout
    assert (out / "samples.csv").read_bytes() == samples


# ------------------------------------------------------------------------------------------ entry points
def test_version_prints_the_installed_version(capsys):
    from importlib.metadata import version

    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"causaltorch {version('causaltorch')}"


def test_console_script_reports_a_bad_file_on_one_stderr_line_with_exit_code_2(tmp_path):
    bad = write(tmp_path, "bad.json", '{"cause_effect_pairs": [{"cause": "a", "effect": "b", "strength": 2}]}')
    script = shutil.which("causaltorch", path=str(Path(sys.executable).parent))
    command = [script] if script else [sys.executable, "-m", "causaltorch"]
    result = subprocess.run([*command, "rules", "validate", str(bad)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.splitlines() == [result.stderr.strip()]
    assert result.stderr.startswith("error: ") and "strength 2" in result.stderr


def test_building_the_parser_imports_neither_lightning_nor_matplotlib():
    # Every command builds the whole parser: the areas import their heavy libraries inside their handlers.
    heavy = ("lightning", "matplotlib", "PIL", "tokenizers", "pennylane", "flwr", "mlflow", "optuna", "gymnasium")
    code = ("import sys\nfrom causaltorch.cli import main\nmain(['--help'])\n"
            f"print(sorted(m for m in {heavy!r} if m in sys.modules), file=sys.stderr)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True)
    assert "usage: causaltorch" in result.stdout
    assert result.stderr.strip() == "[]"


def test_the_demo_report_keeps_its_old_import_path_with_a_deprecation_warning():
    from causaltorch.report import write_report
    from causaltorch.text import demo

    with pytest.warns(DeprecationWarning, match="causaltorch.report.write_report"):
        assert demo.write_report is write_report
