"""`DashboardGenerator`: one self-contained HTML page of an experiment (plotly, its JavaScript embedded, so it opens
offline): the runs table, metric curves, the Pareto front of a search, the causal graph of a logged model and
CFS / fidelity bars. An experiment without runs gets a page that says so.
"""

from __future__ import annotations

import html
import json
import math
import tempfile
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

from causaltorch._files import atomic_path
from causaltorch._validate import positive_int
from causaltorch.errors import OutputError, require
from causaltorch.mlops.store import retrying

if TYPE_CHECKING:
    from causaltorch.mlops.platform import CausalMLOps

__all__ = ["DashboardGenerator", "FIDELITY_WORDS"]

MAX_EDGES = 30  # a rule graph's strongest edges drawn; more make an unreadable circle
FIDELITY_WORDS = ("cfs", "fidelity", "adherence", "causal")  # metrics drawn as the causal-quality bars
_STYLE = """body{font-family:system-ui,sans-serif;margin:24px;color:#222;max-width:1200px}
h1{font-size:1.5em}h2{font-size:1.15em;margin-top:28px;border-bottom:1px solid #ddd}.note{color:#666}
.chart{margin-bottom:12px}"""


class DashboardGenerator:
    """Build the dashboard of ``mlops``'s experiment.

    Args:
        mlops: the `CausalMLOps` whose experiment is shown.
        max_runs: the newest runs shown (table and curves).
        max_metrics: metric curves drawn (the most logged keys first).
    """

    def __init__(self, mlops: CausalMLOps, max_runs: int = 50, max_metrics: int = 8):
        self.mlops = mlops
        self.max_runs = positive_int("max_runs", max_runs)
        self.max_metrics = positive_int("max_metrics", max_metrics)
        self.go = require("plotly.graph_objects", "mlops", "the dashboard")

    def write(self, path: str | Path | None = None) -> Path:
        """Write the page to ``path`` (default ``<root>/dashboards/<experiment>.html``) and return it."""
        if path is None:
            name = self.mlops.mlflow_experiment.replace("/", "__")
            path = self.mlops.artifact_root.parent / "dashboards" / f"{name}.html"
        path = Path(path)
        if path.suffix.lower() not in (".html", ".htm"):
            raise OutputError(f"The dashboard is an HTML page; give a path ending in .html, got {path}.")
        if path.exists() and path.is_dir():
            raise OutputError(f"{path} is a folder; give the dashboard's file name (dashboard.html).")
        page = self.html()
        path.parent.mkdir(parents=True, exist_ok=True)
        with atomic_path(path) as temporary:
            temporary.write_text(page, encoding="utf-8")
        return path

    # ------------------------------------------------------------------ the page
    def html(self) -> str:
        """The page as a string."""
        from plotly.offline import get_plotlyjs

        runs = self.mlops.runs(self.max_runs)
        sections: list[tuple[str, str, Any]] = []  # (chart id, title, figure)
        if runs:
            sections.append(("runs", "Runs", self._runs_table(runs)))
            sections += self._curves(runs)
            pareto = self._pareto(runs)
            if pareto is not None:
                sections.append(("pareto", "Search: Pareto front", pareto))
            graph = self._graph(runs)
            if graph is not None:
                sections.append(("graph", "Causal graph", graph))
            bars = self._fidelity(runs)
            if bars is not None:
                sections.append(("fidelity", "CFS and fidelity", bars))
        title = html.escape(self.mlops.mlflow_experiment)
        body = [f"<h1>CausalTorch · {title}</h1>",
                f"<p class=note>Tracking store: {html.escape(_safe_uri(self.mlops.tracking_uri))} · written "
                f"{datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC · {len(runs)} run(s)</p>"]
        if not runs:
            body.append(f"<p id=empty>No runs yet in experiment <b>{title}</b>. Log some with "
                        "<code>mlops.log_metrics({...}, step)</code> and write the dashboard again.</p>")
        for chart_id, heading, figure in sections:
            div = figure.to_html(full_html=False, include_plotlyjs=False, div_id=f"chart-{chart_id}",
                                 config={"displaylogo": False, "responsive": True})
            body.append(f"<h2>{html.escape(heading)}</h2><div class=chart data-chart=\"{chart_id}\">{div}</div>")
        charts = json.dumps([chart_id for chart_id, _, _ in sections])
        return (f"<!DOCTYPE html><html lang=en><head><meta charset=utf-8><title>{title} · CausalTorch</title>"
                f"<meta name=causaltorch-charts content='{html.escape(charts)}'><style>{_STYLE}</style>"
                f"<script type=\"text/javascript\">{get_plotlyjs()}</script></head><body>{''.join(body)}"
                "</body></html>\n")

    # ------------------------------------------------------------------ charts
    def _runs_table(self, runs: list[Any]) -> Any:
        keys = sorted({k for run in runs for k in run.data.metrics})[:6]
        columns: list[list[Any]] = [
            [run.info.run_name or run.info.run_id[:8] for run in runs],
            [run.info.status for run in runs],
            [datetime.fromtimestamp(run.info.start_time / 1000, timezone.utc).strftime("%Y-%m-%d %H:%M:%S")
             for run in runs],
            *[[_short(run.data.metrics.get(k)) for run in runs] for k in keys],
        ]
        figure = self.go.Figure(self.go.Table(header={"values": ["run", "status", "started (UTC)", *keys]},
                                              cells={"values": columns}))
        figure.update_layout(height=min(60 + 24 * len(runs), 700), margin={"l": 10, "r": 10, "t": 10, "b": 10})
        return figure

    def _curves(self, runs: list[Any]) -> list[tuple[str, str, Any]]:
        counts: dict[str, int] = {}
        for run in runs:
            for key in run.data.metrics:
                counts[key] = counts.get(key, 0) + 1
        charts: list[tuple[str, str, Any]] = []
        for key in sorted(counts, key=lambda k: (-counts[k], k)):
            if len(charts) == self.max_metrics:
                break
            figure = self.go.Figure()
            for run in runs:
                if key not in run.data.metrics:
                    continue
                history = retrying(lambda run=run: self.mlops.client.get_metric_history(run.info.run_id, key),
                                   "reading metrics")
                points = sorted((m.step, m.value) for m in history)
                if len(points) < 2:  # a search trial's one final value is a point in the table, not a curve
                    continue
                figure.add_trace(self.go.Scatter(x=[s for s, _ in points], y=[v for _, v in points],
                                                 mode="lines+markers" if len(points) < 30 else "lines",
                                                 name=run.info.run_name or run.info.run_id[:8]))
            if not figure.data:
                continue
            figure.update_layout(height=320, xaxis_title="step", yaxis_title=key,
                                 margin={"l": 50, "r": 10, "t": 10, "b": 40})
            charts.append((f"metric-{len(charts)}", f"Metric: {key}", figure))
        return charts

    def _pareto(self, runs: list[Any]) -> Any:
        """The newest search's Pareto front (two objectives) or optimization history (one), from its storage."""
        for run in runs:
            study_name = run.data.tags.get("causaltorch.study")
            storage = run.data.tags.get("causaltorch.study_storage")
            if study_name and storage and "causaltorch.trial" not in run.data.tags:
                optuna = require("optuna", "mlops", "the dashboard's search charts")
                try:
                    study = optuna.load_study(study_name=study_name, storage=storage)
                except (KeyError, ValueError):
                    return None  # the study's storage was removed; the runs still show its trials
                complete = [t for t in study.trials if t.state == optuna.trial.TrialState.COMPLETE]
                if not complete:
                    return None
                if len(study.directions) == 2:
                    return optuna.visualization.plot_pareto_front(study)
                if len(study.directions) == 1:
                    return optuna.visualization.plot_optimization_history(study)
                return None
        return None

    def _graph(self, runs: list[Any]) -> Any:
        """The rule graph of the newest run that logged a model's rules (``models/<name>/rules.json``)."""
        from mlflow.exceptions import MlflowException

        for run in runs:
            try:
                folders = self.mlops.client.list_artifacts(run.info.run_id, "models")
            except (MlflowException, OSError):  # a run whose artifact folder is gone has no graph to show
                continue
            for folder in folders:
                if not folder.is_dir:
                    continue
                with tempfile.TemporaryDirectory() as tmp:
                    try:
                        local = self.mlops.client.download_artifacts(run.info.run_id, f"{folder.path}/rules.json", tmp)
                    except (MlflowException, OSError):  # this model logged no rules
                        continue
                    rules = json.loads(Path(local).read_text(encoding="utf-8"))
                if rules.get("cause_effect_pairs"):
                    return self._network(rules, folder.path.split("/", 1)[-1])
        return None

    def _network(self, rules: dict[str, Any], name: str) -> Any:
        pairs = sorted(rules["cause_effect_pairs"], key=lambda p: -abs(p.get("strength", 1.0)))
        shown = pairs[:MAX_EDGES]
        nodes = list(dict.fromkeys([p["cause"] for p in shown] + [p["effect"] for p in shown]))
        where = {n: (math.cos(2 * math.pi * i / len(nodes)), math.sin(2 * math.pi * i / len(nodes)))
                 for i, n in enumerate(nodes)}
        figure = self.go.Figure()
        for pair in shown:
            (x0, y0), (x1, y1) = where[pair["cause"]], where[pair["effect"]]
            figure.add_annotation(x=x1, y=y1, ax=x0, ay=y0, xref="x", yref="y", axref="x", ayref="y", showarrow=True,
                                  arrowhead=3, arrowsize=1.5, standoff=14, startstandoff=14, arrowcolor="#555")
            figure.add_annotation(x=(x0 + x1) / 2, y=(y0 + y1) / 2, text=f"{pair.get('strength', 1.0):.2g}",
                                  showarrow=False, font={"size": 10, "color": "#a33"})
        figure.add_trace(self.go.Scatter(x=[where[n][0] for n in nodes], y=[where[n][1] for n in nodes],
                                         mode="markers+text", text=nodes, textposition="top center",
                                         marker={"size": 22, "color": "#8ab4f8", "line": {"width": 1}},
                                         hoverinfo="text", name=name))
        figure.update_layout(height=460, showlegend=False, title=f"{name}: {len(pairs)} rules"
                             + (f" (the {MAX_EDGES} strongest shown)" if len(pairs) > MAX_EDGES else ""),
                             xaxis={"visible": False, "range": [-1.4, 1.4]},
                             yaxis={"visible": False, "range": [-1.3, 1.3], "scaleanchor": "x"})
        return figure

    def _fidelity(self, runs: list[Any]) -> Any:
        keys = sorted({k for run in runs for k in run.data.metrics if any(w in k.lower() for w in FIDELITY_WORDS)})
        if not keys:
            return None
        figure = self.go.Figure()
        for key in keys:
            shown = [run for run in runs if key in run.data.metrics][:20]
            figure.add_trace(self.go.Bar(name=key, x=[r.info.run_name or r.info.run_id[:8] for r in shown],
                                         y=[r.data.metrics[key] for r in shown]))
        figure.update_layout(barmode="group", height=360, yaxis_title="last value",
                             margin={"l": 50, "r": 10, "t": 10, "b": 80})
        return figure


def _short(value: Any) -> str:
    return "" if value is None else f"{value:.4g}"


def _safe_uri(uri: str) -> str:
    """``uri`` without a password (``postgresql://user:secret@host`` -> ``postgresql://user:***@host``)."""
    from urllib.parse import urlsplit, urlunsplit

    parts = urlsplit(uri)
    if parts.password:
        netloc = parts.netloc.replace(f":{parts.password}@", ":***@")
        return urlunsplit(parts._replace(netloc=netloc))
    return uri
