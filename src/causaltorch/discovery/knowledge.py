"""Background knowledge for discovery: required edges, forbidden edges and tiers, enforced exactly.

Forbidden edges and edges that point back across tiers are removed from the search space (their
weights are held at zero by a mask, so no optimiser step can create them); required edges are kept
in the result whatever their fitted weight. Everything is checked against the data's columns before
any fitting starts.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import torch
from torch import Tensor

from causaltorch.errors import CausalGraphError, RuleValidationError, UnknownVariableError
from causaltorch.rules import CausalRuleSet

__all__ = ["BackgroundKnowledge", "parse_edges", "parse_tiers"]

Edge = tuple[str, str]


def parse_edges(items: Iterable[str] | None, option: str = "edges") -> list[Edge]:
    """``["a->b,c->d", "e->f"]`` → ``[("a", "b"), ("c", "d"), ("e", "f")]``."""
    edges: list[Edge] = []
    for item in items or []:
        for part in item.split(","):
            cause, arrow, effect = (s.strip() for s in part.partition("->"))
            if not arrow or not cause or not effect:
                raise RuleValidationError(f"{option} got {part.strip()!r}; expected the form cause->effect, e.g. a->b.")
            edges.append((cause, effect))
    return edges


def parse_tiers(text: str | None) -> list[list[str]]:
    """``"a,b;c;d"`` → ``[["a", "b"], ["c"], ["d"]]`` (tiers separated by ``;``, names by ``,``)."""
    if text is None:
        return []
    tiers = [[name.strip() for name in tier.split(",") if name.strip()] for tier in text.split(";")]
    if any(not tier for tier in tiers):
        raise RuleValidationError(f"--tiers {text!r} has an empty tier; expected the form \"a,b;c;d\".")
    return tiers


@dataclass
class BackgroundKnowledge:
    """What is known before looking at the data.

    Args:
        required: edges ``(cause, effect)`` that must be in the result.
        forbidden: edges that must not be.
        tiers: ordered groups of variables; a variable may cause variables in its own or a later
            tier, never in an earlier one (time order: ``[["age", "sex"], ["smoking"], ["cancer"]]``).
            Variables in no tier are unconstrained.
    """

    required: list[Edge] = field(default_factory=list)
    forbidden: list[Edge] = field(default_factory=list)
    tiers: list[list[str]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.required = [self._edge(e, "required") for e in self.required]
        self.forbidden = [self._edge(e, "forbidden") for e in self.forbidden]
        self.tiers = [[str(v) for v in tier] for tier in self.tiers]

    @staticmethod
    def _edge(edge: object, what: str) -> Edge:
        if isinstance(edge, str):
            return parse_edges([edge], what)[0]
        if not (isinstance(edge, (tuple, list)) and len(edge) == 2 and all(isinstance(v, str) for v in edge)):
            raise RuleValidationError(f"A {what} edge must be a (cause, effect) pair of names or 'a->b', got {edge!r}.")
        return edge[0], edge[1]

    def is_empty(self) -> bool:
        return not (self.required or self.forbidden or self.tiers)

    def check(self, variables: Sequence[str]) -> None:
        """Raise before any fitting if the knowledge contradicts itself or names unknown variables.

        Unknown names raise `UnknownVariableError` (with a close match); a required edge that is also
        forbidden, or that points back across tiers, raises `RuleValidationError`; required edges
        that form a cycle raise `CausalGraphError` naming the cycle.
        """
        known = list(variables)
        names = set(known)
        for what, edges in (("required edges", self.required), ("forbidden edges", self.forbidden)):
            for cause, effect in edges:
                for name in (cause, effect):
                    if name not in names:
                        raise UnknownVariableError(name, known, what)
                if cause == effect:
                    raise RuleValidationError(
                        f"The {what[:-1]} {cause}->{effect} is a self-loop; a variable cannot cause itself."
                    )
        seen: dict[str, int] = {}
        for position, tier in enumerate(self.tiers):
            for name in tier:
                if name not in names:
                    raise UnknownVariableError(name, known, "tiers")
                if name in seen:
                    raise RuleValidationError(
                        f"{name!r} is in tiers {seen[name] + 1} and {position + 1}; put it in one tier."
                    )
                seen[name] = position
        forbidden = set(self.forbidden)
        for cause, effect in self.required:
            if (cause, effect) in forbidden:
                raise RuleValidationError(f"{cause}->{effect} is both required and forbidden; drop one of the two.")
            if cause in seen and effect in seen and seen[cause] > seen[effect]:
                raise RuleValidationError(
                    f"The required edge {cause}->{effect} points from tier {seen[cause] + 1} back to tier "
                    f"{seen[effect] + 1}, which the tiers forbid; move a variable or drop the edge."
                )
        graph = CausalRuleSet()
        for cause, effect in self.required:
            try:
                graph.add_rule(cause, effect)
            except CausalGraphError:
                cycle = " -> ".join([cause, *graph._instant_path(effect, cause)])
                raise CausalGraphError(
                    f"The required edges form a cycle: {cycle}. A causal graph is acyclic; drop one of these edges."
                ) from None

    def masks(self, variables: Sequence[str], device: torch.device | str | None = None) -> tuple[Tensor, Tensor]:
        """``(allowed [d, d], required [d, d])`` boolean masks, ``[i, j]`` for the edge ``i → j``.

        ``allowed`` is False on the diagonal, on forbidden edges and on edges back across tiers.
        """
        self.check(variables)
        index = {v: i for i, v in enumerate(variables)}
        d = len(index)
        allowed = ~torch.eye(d, dtype=torch.bool, device=device)
        required = torch.zeros(d, d, dtype=torch.bool, device=device)
        for cause, effect in self.forbidden:
            allowed[index[cause], index[effect]] = False
        for earlier, tier in enumerate(self.tiers):
            for later_tier in self.tiers[earlier + 1:]:
                for cause in later_tier:
                    for effect in tier:
                        allowed[index[cause], index[effect]] = False
        for cause, effect in self.required:
            required[index[cause], index[effect]] = True
        return allowed, required
