"""``causaltorch creative imagine|search|evolve`` end to end (the area registered for the test if the lead has not)."""

from __future__ import annotations

import json

import pytest
import torch

import causaltorch.cli as cli
from causaltorch.cli import creative as creative_cli

pytest.importorskip("PIL")


@pytest.fixture(autouse=True)
def registered(monkeypatch):
    if creative_cli not in cli._AREAS:
        monkeypatch.setattr(cli, "_AREAS", (*cli._AREAS, creative_cli))


@pytest.fixture(scope="module")
def saved(tmp_path_factory):
    from causaltorch.metrics.vision import FactorRegressor
    from causaltorch.vision.generator import CausalImageGenerator

    folder = tmp_path_factory.mktemp("creative")
    torch.manual_seed(0)
    CausalImageGenerator(latent_dim=10, img_size=32, channels=4).save_pretrained(folder / "model")
    torch.save(FactorRegressor(7, 32).state_dict(), folder / "regressor.pt")
    return folder


def png(path):
    return path.is_file() and path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_imagine_writes_observed_and_intervened_rows(saved, tmp_path, capsys):
    grid = tmp_path / "grid.png"
    assert cli.main(["creative", "imagine", "--model", str(saved / "model"), "--do", "rain=1", "-n", "4",
                     "-o", str(grid)]) == 0
    assert png(grid) and "wrote 8 pictures" in capsys.readouterr().out


def test_imagine_counterfactual_of_puts_the_original_above_each_labelled_world(saved, tmp_path, capsys):
    from PIL import Image

    grid = tmp_path / "grid.png"
    assert cli.main(["creative", "imagine", "--model", str(saved / "model"), "--do", "rain=1", "--do",
                     "rain=0,sun=1", "--counterfactual-of", "3", "-o", str(grid)]) == 0
    out = capsys.readouterr().out
    assert png(grid) and "wrote 3 pictures" in out and "do(sun=1)" in out
    width, height = Image.open(grid).size
    assert height > 2.5 * 32 * 3 and width > 32 * 3 + 40  # three rows of one picture, with a label margin


def test_search_writes_the_archive_plot_and_json(saved, tmp_path, capsys):
    plot, record = tmp_path / "archive.png", tmp_path / "search.json"
    assert cli.main(["creative", "search", "--model", str(saved / "model"), "--population", "4", "--generations", "2",
                     "--samples", "2", "--regressor", str(saved / "regressor.pt"), "-o", str(plot),
                     "--json", str(record)]) == 0
    result = json.loads(record.read_text())
    assert png(plot) and result["evaluations"] == 8 and len(result["novelty_per_generation"]) == 2
    assert "archive:" in capsys.readouterr().out


def test_evolve_writes_reward_history_against_the_start(saved, tmp_path):
    record = tmp_path / "evolve.json"
    assert cli.main(["creative", "evolve", "--model", str(saved / "model"), "--goal", "puddles=0.8", "--regressor",
                     str(saved / "regressor.pt"), "--population", "3", "--generations", "2", "--samples", "4",
                     "-o", str(record)]) == 0
    result = json.loads(record.read_text())
    assert set(result["start"]) == {"reward", "adherence", "goal", "novelty"} and len(result["history"]) == 2


def test_evolve_trains_a_regressor_when_none_is_given(saved, tmp_path):
    record = tmp_path / "evolve.json"
    assert cli.main(["creative", "evolve", "--model", str(saved / "model"), "--goal", "rain=1", "--regressor-steps",
                     "2", "--population", "2", "--generations", "1", "--samples", "2", "-o", str(record)]) == 0
    assert record.is_file()


@pytest.mark.parametrize("argv, message", [
    (["imagine", "--do", "banana=1"], "Unknown variable 'banana'"),
    (["imagine", "--do", "rain=2"], "[0, 1]"),
    (["imagine", "--do", "rain=1", "--strength", "1.5"], "--strength"),
    (["imagine", "--do", "rain=1", "--counterfactual-of", "8"], "--counterfactual-of"),
    (["imagine", "--do", "rain=1", "-n", "1000000000"], "fewer samples"),
    (["search", "--population", "1"], "--population"),
    (["search", "--population", "1000000000"], "--population"),
    (["evolve", "--goal", "banana=1"], "Unknown variable 'banana'"),
    (["evolve", "--goal", "rain=1", "--regressor", "missing.pt"], "no such file"),
    (["search", "--regressor", "junk.pt"], "not a FactorRegressor state dict"),
])
def test_bad_input_is_one_error_line_and_exit_2_with_nothing_written(saved, tmp_path, capsys, argv, message):
    output = tmp_path / ("out.json" if argv[0] == "evolve" else "out.png")
    argv = ["creative", argv[0], "--model", str(saved / "model"), *argv[1:], "-o", str(output)]
    (tmp_path / "junk.pt").write_text("junk")
    argv = [str(tmp_path / a) if a in ("missing.pt", "junk.pt") else a for a in argv]
    assert cli.main(argv) == 2
    err = capsys.readouterr().err
    assert err.startswith("error:") and message in err and err.count("\n") == 1
    assert not output.exists()
