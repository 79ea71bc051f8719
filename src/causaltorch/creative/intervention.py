"""`CausalIntervention`: one "what if" on a causal variable, hard (``do()``) or soft, as the SCM core reads it.

``CausalIntervention("rain", 0.9)`` is Pearl's ``do(rain = 0.9)``: the variable is fixed and its incoming edges
are cut, so its causes are untouched and its effects follow the rules. With ``strength`` ``s < 1`` it is a soft
intervention, in the SCM core's own form (a callable handed to `StructuralCausalModel.do`, which transforms the
value the mechanism would have produced): the variable takes

    x = s · value + (1 − s) · x_natural

where ``x_natural`` is what its mechanism gives from its parents and noise. The edges stay (``x_natural`` still
reads the parents); ``s = 0`` leaves the model as it was; ``s = 1`` is the hard ``do()``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from torch import Tensor

from causaltorch import _validate
from causaltorch.errors import InterventionError, UnknownVariableError
from causaltorch.rules import CausalRuleSet, as_ruleset
from causaltorch.scm import StructuralCausalModel

__all__ = ["CausalIntervention", "as_interventions", "mutilate", "scm_actions"]


@dataclass(frozen=True)
class CausalIntervention:
    """``do(variable = value)`` at ``strength`` in [0, 1] (1: hard; below 1: the soft mix in the module doc).

    ``description`` is free text for people ("What if it were extremely sunny?"); it changes nothing.
    Raises `InterventionError` for an empty name, a non-finite value or a strength outside [0, 1].
    """

    variable: str
    value: float
    strength: float = 1.0
    description: str = ""

    def __post_init__(self) -> None:
        if not isinstance(self.variable, str) or not self.variable:
            raise InterventionError(f"CausalIntervention needs a variable name (a non-empty string), got "
                                    f"{self.variable!r}.")
        value = _validate.number(f"CausalIntervention({self.variable!r}).value", self.value,
                                 error=InterventionError)
        strength = _validate.fraction(
            f"CausalIntervention({self.variable!r}).strength", self.strength, error=InterventionError,
            what="a number in [0, 1] (1 is a hard do(), below 1 a soft intervention)")
        if not isinstance(self.description, str):
            raise InterventionError(f"CausalIntervention.description must be text, got {self.description!r}.")
        object.__setattr__(self, "value", value)
        object.__setattr__(self, "strength", strength)

    @property
    def hard(self) -> bool:
        return self.strength == 1.0

    def mix(self, natural: Tensor) -> Tensor:
        """The soft intervention's value from the natural one: ``s · value + (1 − s) · natural``."""
        return self.strength * self.value + (1.0 - self.strength) * natural

    def action(self) -> float | Any:
        """What `StructuralCausalModel.do` takes for it: the number (hard) or the mixing callable (soft)."""
        return self.value if self.hard else self.mix

    def __str__(self) -> str:
        shown = f"do({self.variable}={self.value:g})"
        return shown if self.hard else f"{shown} at strength {self.strength:g}"


def as_interventions(interventions: Any) -> list[CausalIntervention]:
    """``None``, one `CausalIntervention`, a list of them, or ``{variable: value}`` (hard) → a list.

    Raises `InterventionError` for anything else and for a variable given twice.
    """
    if interventions is None:
        return []
    if isinstance(interventions, CausalIntervention):
        items: list[Any] = [interventions]
    elif isinstance(interventions, Mapping):
        items = [CausalIntervention(str(name), value) for name, value in interventions.items()]
    elif isinstance(interventions, Iterable) and not isinstance(interventions, (str, bytes, Tensor)):
        items = list(interventions)
    else:
        raise InterventionError(f"interventions must be CausalIntervention(s) or a {{variable: value}} mapping, got "
                                f"{type(interventions).__name__}.")
    seen: set[str] = set()
    for item in items:
        if not isinstance(item, CausalIntervention):
            raise InterventionError(f"interventions must be CausalIntervention objects, got {item!r}; build one with "
                                    "CausalIntervention(variable, value, strength=1.0).")
        if item.variable in seen:
            raise InterventionError(f"{item.variable!r} is intervened on twice; give each variable once.")
        seen.add(item.variable)
    return items


def scm_actions(scm: StructuralCausalModel, interventions: Any, context: str = "imagine()") -> dict[str, Any]:
    """Interventions as ``{variable: number | callable}`` for ``scm.do``, every name and value checked first.

    Raises `UnknownVariableError` for a variable the model lacks and `InterventionError` for a value outside
    the variable's range (a noisy-OR intensity lives in [0, 1]); a soft intervention's value is held to the
    same range as a hard one's.
    """
    actions: dict[str, Any] = {}
    for item in as_interventions(interventions):
        if item.variable not in scm.variables:
            raise UnknownVariableError(item.variable, scm.variables, context)
        bounds = scm.mechanisms[item.variable].value_range
        if bounds is not None and not bounds[0] <= item.value <= bounds[1]:
            raise InterventionError(
                f"{item} is outside [{bounds[0]:g}, {bounds[1]:g}], the range of {item.variable}'s "
                f"{type(scm.mechanisms[item.variable]).__name__} mechanism; give a value in that range.")
        if item.strength > 0.0:  # strength 0 changes nothing: no action at all
            actions[item.variable] = item.action()
    scm.do(actions)  # the core's own checks (names, values), before anything is computed
    return actions


def mutilate(graph: CausalRuleSet | Mapping[str, Any], intervention: CausalIntervention) -> CausalRuleSet:
    """A copy of ``graph`` after ``intervention``: a hard one removes every edge into the variable; a soft one
    keeps them (the mechanism still reads its parents). ``graph`` itself is unchanged."""
    if not isinstance(intervention, CausalIntervention):
        raise InterventionError(f"intervene() takes a CausalIntervention, got {intervention!r}.")
    ruleset = as_ruleset(graph).copy()
    ruleset.check_variable(intervention.variable, "intervene()")
    if intervention.hard:
        for rule in ruleset.incoming(intervention.variable):
            ruleset.remove_rule(rule.cause, rule.effect)
    return ruleset
