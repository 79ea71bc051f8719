"""Scores for a learned causal graph against the true one.

Graphs are boolean (or weighted: non-zero = edge) adjacency matrices ``A [d, d]`` with ``A[i, j]``
for the edge i → j, as `CausalRuleSet.to_adjacency_matrix` writes them; a pair with both ``A[i, j]``
and ``A[j, i]`` is an undirected edge (as in a CPDAG from PC or GES). Rule sets are accepted too.

- `shd`: structural Hamming distance, one per pair of variables whose relation differs (missing,
  extra, reversed, or undirected where the truth is directed).
- `edge_scores`: skeleton precision / recall / F1 (orientation ignored) and orientation precision /
  recall / F1 over directed edges (an undirected estimated edge counts as unoriented: it is in
  neither the correct nor the predicted directed edges).
- `cpdag`: the completed partially directed graph (Markov equivalence class) of a DAG, by Meek's rules;
  ``shd(cpdag(true), cpdag(estimate))`` is the fair score where only the class is identifiable.
- `sid`: structural intervention distance (Peters & Bühlmann 2015) for a DAG estimate.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import torch

from causaltorch.errors import DataError

__all__ = ["adjacency", "shd", "edge_scores", "cpdag", "sid", "graph_metrics"]


def adjacency(graph: Any, variables: list[str] | None = None) -> np.ndarray:
    """``graph`` (array, tensor or `CausalRuleSet`) → boolean numpy ``[d, d]`` without self-loops.

    A rule set is laid out in ``variables`` order when given (so two rule sets compare column by
    column), else in its own ``variables`` order.
    """
    if hasattr(graph, "to_adjacency_matrix"):
        if variables is not None:
            index = {v: k for k, v in enumerate(variables)}
            matrix = np.zeros((len(variables), len(variables)), dtype=bool)
            for rule in graph.rules:
                if rule.cause not in index or rule.effect not in index:
                    raise DataError(f"The rule {rule.cause} -> {rule.effect} names a variable outside {variables}.")
                matrix[index[rule.cause], index[rule.effect]] = True
            return matrix
        graph = graph.to_adjacency_matrix()
    if isinstance(graph, torch.Tensor):
        graph = graph.detach().cpu().numpy()
    matrix = np.asarray(graph) != 0
    if matrix.ndim != 2 or matrix.shape[0] != matrix.shape[1]:
        raise DataError(f"A graph must be a square adjacency matrix, got shape {matrix.shape}.")
    np.fill_diagonal(matrix, False)
    return matrix


def _pair(true: Any, estimate: Any) -> tuple[np.ndarray, np.ndarray]:
    variables = true.variables if hasattr(true, "variables") and hasattr(true, "rules") else None
    a, b = adjacency(true), adjacency(estimate, variables)
    if a.shape != b.shape:
        raise DataError(f"The graphs have different sizes: {a.shape[0]} and {b.shape[0]} variables.")
    return a, b


def shd(true: Any, estimate: Any) -> int:
    """Structural Hamming distance: pairs ``{i, j}`` whose edge state differs (each counts 1)."""
    a, b = _pair(true, estimate)
    upper = np.triu_indices(a.shape[0], k=1)
    differs = (a[upper] != b[upper]) | (a.T[upper] != b.T[upper])
    return int(differs.sum())


def _f1(precision: float, recall: float) -> float:
    return 0.0 if precision + recall == 0 else 2 * precision * recall / (precision + recall)


def edge_scores(true: Any, estimate: Any) -> dict[str, float]:
    """Skeleton and orientation precision / recall / F1 (an empty prediction has precision 1)."""
    a, b = _pair(true, estimate)
    skeleton_true, skeleton_est = np.triu(a | a.T, 1), np.triu(b | b.T, 1)
    hits = int((skeleton_true & skeleton_est).sum())
    precision = hits / skeleton_est.sum() if skeleton_est.sum() else 1.0
    recall = hits / skeleton_true.sum() if skeleton_true.sum() else 1.0
    directed_true, directed_est = a & ~a.T, b & ~b.T
    oriented = int((directed_true & directed_est).sum())
    o_precision = oriented / directed_est.sum() if directed_est.sum() else 1.0
    o_recall = oriented / directed_true.sum() if directed_true.sum() else 1.0
    return {
        "precision": float(precision), "recall": float(recall), "f1": float(_f1(precision, recall)),
        "orientation_precision": float(o_precision), "orientation_recall": float(o_recall),
        "orientation_f1": float(_f1(o_precision, o_recall)),
    }


def cpdag(dag: Any) -> np.ndarray:
    """The CPDAG of a DAG: v-structure edges and edges Meek's rules R1–R3 force stay directed, the
    rest become undirected (both entries set)."""
    a = adjacency(dag)
    d = a.shape[0]
    adjacent = a | a.T
    directed = np.zeros_like(a)
    for child in range(d):  # v-structures i → child ← k with i, k not adjacent
        parents = np.flatnonzero(a[:, child])
        for x, i in enumerate(parents):
            for k in parents[x + 1:]:
                if not adjacent[i, k]:
                    directed[i, child] = directed[k, child] = True
    undirected = adjacent & ~directed & ~directed.T
    changed = True
    while changed:
        changed = False
        for i, j in zip(*np.nonzero(np.triu(undirected))):
            for x, y in ((i, j), (j, i)):
                if not undirected[x, y]:
                    continue
                # R1: k → x — y with k, y not adjacent  ⇒  x → y
                r1 = np.any(directed[:, x] & ~adjacent[:, y] & (np.arange(d) != y))
                # R2: x → k → y  ⇒  x → y
                r2 = np.any(directed[x, :] & directed[:, y])
                # R3: x — k1 → y, x — k2 → y, k1, k2 not adjacent  ⇒  x → y
                middle = np.flatnonzero(undirected[x, :] & directed[:, y])
                r3 = any(not adjacent[k1, k2] for n, k1 in enumerate(middle) for k2 in middle[n + 1:])
                if r1 or r2 or r3:
                    directed[x, y] = True
                    undirected[x, y] = undirected[y, x] = False
                    changed = True
    return directed | undirected


def _reachable(adj: np.ndarray, sources: list[int]) -> np.ndarray:
    seen = np.zeros(adj.shape[0], dtype=bool)
    stack = list(sources)
    while stack:
        node = stack.pop()
        for nxt in np.flatnonzero(adj[node]):
            if not seen[nxt]:
                seen[nxt] = True
                stack.append(nxt)
    return seen


def _d_separated(adj: np.ndarray, x: int, y: int, given: np.ndarray) -> bool:
    """Bayes-ball reachability: is ``y`` d-separated from ``x`` given the boolean set ``given``?"""
    ancestors_of_given = given.copy()
    frontier = list(np.flatnonzero(given))
    while frontier:
        node = frontier.pop()
        for parent in np.flatnonzero(adj[:, node]):
            if not ancestors_of_given[parent]:
                ancestors_of_given[parent] = True
                frontier.append(parent)
    visited = set()
    stack = [(x, "up")]  # "up": arrived from a child (or start); "down": arrived from a parent
    while stack:
        node, direction = stack.pop()
        if (node, direction) in visited:
            continue
        visited.add((node, direction))
        if node == y:
            return False
        if direction == "up" and not given[node]:
            stack.extend((p, "up") for p in np.flatnonzero(adj[:, node]))
            stack.extend((c, "down") for c in np.flatnonzero(adj[node]))
        elif direction == "down":
            if not given[node]:
                stack.extend((c, "down") for c in np.flatnonzero(adj[node]))
            if ancestors_of_given[node]:
                stack.extend((p, "up") for p in np.flatnonzero(adj[:, node]))
    return True


def sid(true: Any, estimate: Any) -> int:
    """Structural intervention distance of a DAG ``estimate`` from the true DAG.

    The number of ordered pairs ``(i, j)`` for which adjusting for i's parents in the estimate does not
    give ``p(x_j | do(x_i))`` in the true graph (Peters & Bühlmann 2015): if j is a parent of i in the
    estimate, wrong exactly when j is a descendant of i in the truth; otherwise wrong unless the parent
    set contains no descendant of a node on a directed i → j path and blocks every other path.
    Raises `DataError` for an estimate with undirected edges (SID is defined here for DAGs only).
    """
    a, b = _pair(true, estimate)
    if np.any(b & b.T):
        raise DataError("sid needs a DAG estimate; this one has undirected edges (a CPDAG). Orient them first.")
    d = a.shape[0]
    descendants = np.array([_reachable(a, [i]) for i in range(d)])  # [i, j]: j is a descendant of i
    wrong = 0
    for i in range(d):
        parents = b[:, i]
        for j in range(d):
            if i == j:
                continue
            if parents[j]:
                wrong += bool(descendants[i, j])
                continue
            # Nodes on directed paths i → … → j (without i): descendants of i that are ancestors of j (or j).
            on_path = descendants[i] & (descendants[:, j] | (np.arange(d) == j))
            forbidden = on_path.copy()
            for w in np.flatnonzero(on_path):
                forbidden |= descendants[w]
            if np.any(parents & forbidden):
                wrong += 1
                continue
            # Remove the first edge of every directed path i → w with w on such a path, then test d-separation.
            cut = a.copy()
            cut[i, on_path] = False
            wrong += not _d_separated(cut, i, j, parents)
    return wrong


def graph_metrics(true: Any, estimate: Any) -> dict[str, float | int | None]:
    """`shd`, `edge_scores`, SHD between the two CPDAGs, SID (None for a CPDAG estimate) and edge count."""
    a, b = _pair(true, estimate)
    is_dag = not np.any(b & b.T)
    out: dict[str, float | int | None] = {"shd": shd(a, b)}
    out.update(edge_scores(a, b))
    out["shd_cpdag"] = shd(cpdag(a), cpdag(b)) if is_dag else shd(cpdag(a), b)
    out["sid"] = sid(a, b) if is_dag else None
    out["edges"] = int(np.triu(b | b.T, 1).sum())
    return out
