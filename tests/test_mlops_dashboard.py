"""The dashboard: one offline HTML page, every chart drawn in a real browser without a JavaScript error."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

pytest.importorskip("mlflow")
pytest.importorskip("plotly")
pytest.importorskip("optuna")

from causaltorch.errors import OutputError  # noqa: E402
from causaltorch.mlops import CausalMLOps  # noqa: E402
from causaltorch.models import cnsg  # noqa: E402
from causaltorch.rules import CausalRuleSet  # noqa: E402

SCREENSHOT = Path(__file__).resolve().parents[1] / "runs" / "mlops" / "dashboard.png"


def charts_of(page: str) -> list[str]:
    return json.loads(re.search(r"name=causaltorch-charts content='([^']*)'", page).group(1).replace("&quot;", '"'))


@pytest.fixture(scope="module")
def full(tmp_path_factory):
    """An experiment with curves, a two-objective search and a model with rules."""
    mlops = CausalMLOps("dash", "full", root=tmp_path_factory.mktemp("store"), run_name="training")
    for step in range(6):
        mlops.log_metrics({"train_loss": 2.0 * 0.8**step, "causal_adherence": 0.5 + step / 20}, step=step)
    rules = CausalRuleSet(name="weather")
    rules.add_rule("rain", "wet_ground", strength=0.9)
    rules.add_rule("wet_ground", "slippery", strength=0.6)
    mlops.log_model_info(cnsg(vocab_size=40, d_model=16, n_layers=1, n_heads=2, causal_rules=rules), "cnsg")
    mlops.optimize_hyperparameters({"x": {"type": "float", "low": 0, "high": 1}},
                                   lambda p: {"val_loss": (p["x"] - 0.3) ** 2, "cfs": p["x"]}, n_trials=6,
                                   directions={"val_loss": "minimize", "cfs": "maximize"}, seed=0)
    return mlops


def test_the_page_embeds_plotly_and_lists_every_chart(full, tmp_path):
    path = full.generate_dashboard(tmp_path / "dash.html")
    page = path.read_text(encoding="utf-8")
    from plotly.offline import get_plotlyjs

    assert get_plotlyjs() in page  # plotly.js itself is embedded: the page opens offline
    rest = page.replace(get_plotlyjs(), "")
    assert not re.search(r"<(script|link)[^>]+(src|href)=", rest)  # and loads nothing else
    charts = charts_of(page)
    for wanted in ("runs", "pareto", "graph", "fidelity"):
        assert wanted in charts
    assert sum(c.startswith("metric-") for c in charts) == 2  # train_loss, causal_adherence (trials: 1 point)
    assert "wet_ground" in page and "Tracking store" in page


def test_an_empty_experiment_gets_a_clear_page(tmp_path):
    mlops = CausalMLOps("dash", "empty", root=tmp_path)
    page = mlops.generate_dashboard(tmp_path / "empty.html").read_text(encoding="utf-8")
    assert "No runs yet" in page and charts_of(page) == []


def test_a_dashboard_path_that_is_not_html_is_refused(full, tmp_path):
    with pytest.raises(OutputError, match=".html"):
        full.generate_dashboard(tmp_path / "dash.png")


def test_every_chart_draws_in_chromium_without_a_console_error(full, tmp_path):
    from chromium_page import CHART_CHECK, find_chromium, open_page

    if find_chromium() is None:
        pytest.skip("no Chromium found: install Debian's chromium package (CI does) to run the browser check")
    path = full.generate_dashboard(tmp_path / "dash.html")
    report = open_page(path, CHART_CHECK)
    assert report.errors == []
    assert report.result["plotly"] == "object"
    assert report.result["drawn"] == report.result["listed"] and len(report.result["listed"]) >= 6
    assert report.screenshot.startswith(b"\x89PNG")
    SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    SCREENSHOT.write_bytes(report.screenshot)


def test_the_browser_check_catches_a_broken_page(tmp_path):
    from chromium_page import CHART_CHECK, find_chromium, open_page

    if find_chromium() is None:
        pytest.skip("no Chromium found: install Debian's chromium package (CI does) to run the browser check")
    broken = tmp_path / "broken.html"
    broken.write_text("<html><head><meta name=causaltorch-charts content='[\"runs\"]'></head><body>"
                      "<div id=chart-runs></div><script>undefinedFunction()</script></body></html>")
    report = open_page(broken, CHART_CHECK)
    assert any("undefinedFunction" in error for error in report.errors)
    assert report.result["drawn"] == []
