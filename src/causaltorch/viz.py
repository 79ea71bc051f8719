"""Drawing a `CausalRuleSet` as a layered picture.

Variables are laid out left → right by topological generation (causes before their effects), and
within a generation ordered to keep edges short and crossings few. Excitatory edges are solid
arrows, inhibitory edges red and dashed with a flat bar head, temporal edges dotted and labelled
with their offset and duration (``+2t ×3``: the effect starts two steps after the cause and lasts
three). matplotlib is an optional dependency (``pip install 'causaltorch[viz]'``) imported only here,
and only when a picture is drawn; no global pyplot state or backend is touched.
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass
from pathlib import Path

import networkx as nx

from causaltorch._files import atomic_path
from causaltorch._printable import printable
from causaltorch.errors import OutputError, RuleValidationError, require
from causaltorch.rules import CausalRule, CausalRuleSet

__all__ = ["draw_ruleset"]

log = logging.getLogger(__name__)

_LAYER_GAP = 3.2  # data units between generations (x)
_ROW_GAP = 1.5  # data units between variables of one generation (y)
_INCH_PER_UNIT = 0.85
_FONT_SIZE = 10.0
_LABEL_FONT_SIZE = 8.0
_EXCITATORY = "#333333"
_INHIBITORY = "#c62828"
_TEMPORAL = "#1565c0"


@dataclass
class _Box:
    """A node's label box in data units (centre and half extents)."""

    x: float
    y: float
    half_width: float
    half_height: float

    def contains(self, x: float, y: float, margin: float = 0.0) -> bool:
        return abs(x - self.x) <= self.half_width + margin and abs(y - self.y) <= self.half_height + margin


def draw_ruleset(ruleset: CausalRuleSet, path: str | Path, title: str | None = None) -> Path:
    """Draw ``ruleset`` to an image file and return its path.

    Args:
        ruleset: the graph to draw.
        path: output file; the format follows the suffix (``.png``, ``.svg``, ``.pdf`` …). Missing
            folders are created, and the file is written atomically (a temporary file in the same
            folder, then renamed), so a failure never leaves a half-written picture.
        title: figure title; defaults to the rule set's name.
    """
    require("matplotlib", "viz", "drawing graphs")
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D

    path = Path(path)
    suffix = path.suffix.lower().lstrip(".")
    supported = FigureCanvasAgg.get_supported_filetypes()
    if suffix not in supported:
        raise OutputError(
            f"Cannot draw to {path}: unknown image format {path.suffix or '(no suffix)'!r}. "
            f"Use one of: {', '.join('.' + s for s in sorted(supported))}."
        )
    if not ruleset.variables:
        raise RuleValidationError("The rule set has no variables to draw; add rules first.")

    positions = _layout(ruleset)
    boxes = {
        # Approximate label extents in data units, for routing; arrows are clipped to the real boxes.
        name: _Box(x, y, 0.5 * len(printable(name)) * 0.6 * _FONT_SIZE / 72 / _INCH_PER_UNIT + 0.22, 0.3)
        for name, (x, y) in positions.items()
    }
    pairs = {(r.cause, r.effect) for r in ruleset.rules}
    edges = [_plan_edge(rule, boxes, pairs) for rule in ruleset.rules]

    xs = [b.x + s * b.half_width for b in boxes.values() for s in (-1, 1)] + [x for e in edges for x, _ in e.points]
    ys = [b.y + s * b.half_height for b in boxes.values() for s in (-1, 1)] + [y for e in edges for _, y in e.points]
    x_min, x_max = min(xs) - 0.4, max(xs) + 0.4
    y_min, y_max = min(ys) - 0.4, max(ys) + 0.4
    legend_height, title_height = 0.45, 0.55  # inches
    width = (x_max - x_min) * _INCH_PER_UNIT
    height = (y_max - y_min) * _INCH_PER_UNIT + legend_height + title_height
    figure = Figure(figsize=(max(width, 7.0), height), dpi=150)
    FigureCanvasAgg(figure)
    axes = figure.add_axes((0.0, legend_height / height, 1.0, (y_max - y_min) * _INCH_PER_UNIT / height))
    axes.set_xlim(x_min, x_max)
    axes.set_ylim(y_min, y_max)
    axes.set_aspect("equal")
    axes.axis("off")
    # Names and titles are shown as written: controls as visible escapes (no font has a glyph for them), and
    # `parse_math=False` so a "$" is a dollar sign, not the start of matplotlib math text.
    shown = printable(title if title is not None else (ruleset.name or "Causal rules"))
    figure.suptitle(shown, fontsize=13, parse_math=False)

    patches = {}
    for name, box in boxes.items():
        text = axes.text(
            box.x, box.y, printable(name), ha="center", va="center", fontsize=_FONT_SIZE, zorder=3, parse_math=False,
            bbox={"boxstyle": "round,pad=0.45", "facecolor": "#fff8e1", "edgecolor": "#8d6e63", "linewidth": 1.2},
        )
        patches[name] = text.get_bbox_patch()
    placed_labels: list[tuple[float, float]] = []
    for edge in edges:
        _draw_edge(axes, edge, boxes, patches, edges, placed_labels)

    kinds = {
        "excitatory": any(r.strength >= 0 and not r.is_temporal for r in ruleset.rules),
        "inhibitory": any(r.strength < 0 for r in ruleset.rules),
        "temporal": any(r.is_temporal for r in ruleset.rules),
    }
    handles = [
        Line2D([], [], color=_EXCITATORY, linestyle="-", label="excitatory (+strength)"),
        Line2D([], [], color=_INHIBITORY, linestyle="--", label="inhibitory (−strength, ⊣)"),
        Line2D([], [], color=_TEMPORAL, linestyle=":", linewidth=2, label="temporal (+offset t ×duration)"),
    ]
    handles = [h for h, shown in zip(handles, kinds.values()) if shown]
    if handles:
        figure.legend(handles=handles, loc="lower center", ncol=len(handles), frameon=False, fontsize=9)

    with atomic_path(path) as temporary:
        # The first draw sizes the label boxes, so the second clips every arrow at a box's edge.
        figure.canvas.draw()
        figure.savefig(temporary, format=suffix, dpi=figure.dpi)
    log.info("Drew %d variables and %d rules to %s", len(positions), len(ruleset), path)
    return path


def _layout(ruleset: CausalRuleSet) -> dict[str, tuple[float, float]]:
    """Positions by topological generation (x) and barycentre order within a generation (y).

    Layers follow the instantaneous edges; a temporal edge also pushes its effect right of its cause
    unless that would close a cycle (feedback over time), so lagged effects read left → right too.
    """
    dag = nx.DiGraph()
    dag.add_nodes_from(ruleset.variables)
    dag.add_edges_from((r.cause, r.effect) for r in ruleset.rules if not r.is_temporal)
    for rule in ruleset.rules:
        if rule.is_temporal and rule.cause != rule.effect and not nx.has_path(dag, rule.effect, rule.cause):
            dag.add_edge(rule.cause, rule.effect)
    rank = {v: i for i, v in enumerate(ruleset.variables)}
    layers = [sorted(generation, key=rank.__getitem__) for generation in nx.topological_generations(dag)]

    neighbours: dict[str, set[str]] = {v: set() for v in ruleset.variables}
    for rule in ruleset.rules:
        if rule.cause != rule.effect:
            neighbours[rule.cause].add(rule.effect)
            neighbours[rule.effect].add(rule.cause)
    row = {v: i - (len(layer) - 1) / 2 for layer in layers for i, v in enumerate(layer)}
    # A few barycentre sweeps, left → right then right → left: each variable moves toward the mean
    # row of its neighbours, which shortens edges and removes most crossings.
    for sweep in range(6):
        for layer in (layers if sweep % 2 == 0 else layers[::-1]):
            def barycentre(v: str) -> float:
                linked = [row[u] for u in neighbours[v]]
                return sum(linked) / len(linked) if linked else row[v]

            layer.sort(key=lambda v: (barycentre(v), rank[v]))
            for i, v in enumerate(layer):
                row[v] = i - (len(layer) - 1) / 2
    return {v: (li * _LAYER_GAP, -row[v] * _ROW_GAP) for li, layer in enumerate(layers) for v in layer}


def _bezier(p1: tuple[float, float], p2: tuple[float, float], rad: float, t: float) -> tuple[float, float]:
    """Point at ``t`` on matplotlib's ``arc3,rad=rad`` curve from ``p1`` to ``p2`` (equal-aspect axes)."""
    (x1, y1), (x2, y2) = p1, p2
    cx, cy = (x1 + x2) / 2 + rad * (y2 - y1), (y1 + y2) / 2 - rad * (x2 - x1)
    a, b, c = (1 - t) ** 2, 2 * (1 - t) * t, t**2
    return a * x1 + b * cx + c * x2, a * y1 + b * cy + c * y2


@dataclass
class _Edge:
    """Where one rule's arrow runs: from ``start`` to ``end`` along ``arc3,rad``; ``points`` sample it."""

    rule: CausalRule
    start: tuple[float, float]
    end: tuple[float, float]
    rad: float
    points: list[tuple[float, float]]

    @property
    def is_loop(self) -> bool:
        return self.rule.cause == self.rule.effect


def _plan_edge(rule: CausalRule, boxes: dict[str, _Box], pairs: set[tuple[str, str]]) -> _Edge:
    if rule.cause == rule.effect:
        # Feedback of a variable on itself over time: a loop above its box.
        box = boxes[rule.cause]
        start = (box.x - 0.4 * box.half_width, box.y + box.half_height)
        end = (box.x + 0.4 * box.half_width, box.y + box.half_height)
        rad = -1.6
        return _Edge(rule, start, end, rad, [_bezier(start, end, rad, i / 24) for i in range(25)])
    start, end = (boxes[rule.cause].x, boxes[rule.cause].y), (boxes[rule.effect].x, boxes[rule.effect].y)
    others = [box for name, box in boxes.items() if name not in (rule.cause, rule.effect)]
    has_reverse = (rule.effect, rule.cause) in pairs
    # The least curvature whose arc misses every other variable's box (and its reverse edge).
    chosen = 0.3
    for rad in (0.0, 0.15, -0.15, 0.3, -0.3, 0.45, -0.45, 0.6, -0.6):
        if has_reverse and rad == 0.0:
            continue
        points = [_bezier(start, end, rad, i / 24) for i in range(1, 24)]
        if not any(box.contains(x, y, margin=0.1) for box in others for x, y in points):
            chosen = rad
            break
    inside = (boxes[rule.cause], boxes[rule.effect])
    points = [
        p for p in (_bezier(start, end, chosen, i / 48) for i in range(49))
        if not any(box.contains(*p, margin=0.12) for box in inside)
    ]
    return _Edge(rule, start, end, chosen, points)


def _edge_label(rule: CausalRule) -> str:
    strength = f"{rule.strength:g}".replace("-", "−")
    if not rule.is_temporal:
        return strength
    held = f" ×{rule.duration}" if rule.duration else ""
    return f"{strength}  +{rule.temporal_offset}t{held}"


def _draw_edge(axes, edge: _Edge, boxes: dict[str, _Box], patches, edges: list[_Edge],
               placed_labels: list[tuple[float, float]]) -> None:
    rule = edge.rule
    inhibitory = rule.strength < 0
    color = _INHIBITORY if inhibitory else (_TEMPORAL if rule.is_temporal else _EXCITATORY)
    linestyle = ":" if rule.is_temporal else ("--" if inhibitory else "-")
    head = "-[,widthB=0.9,lengthB=0.0" if inhibitory else "-|>,head_length=0.7,head_width=0.35"
    clip = {} if edge.is_loop else {"patchA": patches[rule.cause], "patchB": patches[rule.effect]}
    solid = linestyle == "-"
    axes.annotate("", xy=edge.end, xytext=edge.start, zorder=2, arrowprops={
        "arrowstyle": head if solid else "-", "color": color, "linestyle": linestyle, "linewidth": 1.6,
        "connectionstyle": f"arc3,rad={edge.rad}", "shrinkA": 2, "shrinkB": 4 if solid else 6, **clip,
    })
    if not solid and edge.points:
        # A dash pattern would break the head, so the last stretch and the head are drawn solid on top.
        back = edge.points[max(len(edge.points) - 4, 0)]
        axes.annotate("", xy=edge.end, xytext=back, zorder=2, arrowprops={
            "arrowstyle": head, "color": color, "linewidth": 1.6, "shrinkA": 0, "shrinkB": 4,
            **({} if edge.is_loop else {"patchB": patches[rule.effect]}),
        })
    spot = _free_label_spot(edge, boxes, edges, placed_labels)
    placed_labels.append(spot)
    axes.text(
        *spot, _edge_label(rule), ha="center", va="center", fontsize=_LABEL_FONT_SIZE, color=color, zorder=4,
        bbox={"boxstyle": "round,pad=0.15", "facecolor": "white", "edgecolor": "none", "alpha": 0.9},
    )


def _free_label_spot(edge: _Edge, boxes: dict[str, _Box], edges: list[_Edge],
                     placed: list[tuple[float, float]]) -> tuple[float, float]:
    """A point on the edge clear of variable boxes, earlier labels and, if possible, other edges."""
    if edge.is_loop:
        top = max(edge.points, key=lambda p: p[1])
        return top[0], top[1] + 0.22
    if not edge.points:
        return _bezier(edge.start, edge.end, edge.rad, 0.5)
    others = [p for e in edges if e is not edge for p in e.points]
    middle = len(edge.points) // 2
    # Candidates from the middle outwards, along the visible part of the edge.
    order = sorted(range(len(edge.points)), key=lambda i: abs(i - middle))
    order = [i for i in order if 0.15 <= i / max(len(edge.points) - 1, 1) <= 0.85] or [middle]

    def clear(x: float, y: float, edge_margin: float) -> bool:
        return (
            not any(box.contains(x, y, margin=0.15) for box in boxes.values())
            and all(abs(x - lx) > 0.55 or abs(y - ly) > 0.3 for lx, ly in placed)
            and all(math.hypot(x - ox, y - oy) > edge_margin for ox, oy in others)
        )

    for edge_margin in (0.3, 0.0):
        for i in order:
            if clear(*edge.points[i], edge_margin):
                return edge.points[i]
    return edge.points[middle]
