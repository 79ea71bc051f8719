"""Declarative cause→effect rules: the one graph object every CausalTorch module uses.

A `CausalRuleSet` is a directed graph over named variables. Edges with
``temporal_offset == 0`` are instantaneous and must form a DAG; an edge with
``temporal_offset >= 1`` links a cause at step ``t`` to its effect at step
``t + offset`` and may close a feedback loop over time. Every mutation is validated
before it changes anything.
"""

from __future__ import annotations

import difflib
import json
import math
import sys
from collections import deque
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import torch

from causaltorch import _validate
from causaltorch._files import atomic_path
from causaltorch.errors import CausalGraphError, OutputError, RuleValidationError, UnknownVariableError

__all__ = ["MECHANISMS", "CausalRule", "CausalRuleSet", "as_ruleset", "bundled_rule_files"]

# The mechanism names a rule (or a root variable's metadata) may give; `causaltorch.mechanisms` builds them.
MECHANISMS = ("noisy_or", "linear", "mlp")

_RULE_KEYS = {"cause", "effect", "strength", "temporal_offset", "duration", "mechanism", "metadata"}
_LEGACY_KEYS = {"effect", "strength", "intensity", "temporal_offset", "duration", "mechanism", "metadata"}
_TOP_KEYS = {"cause_effect_pairs", "variables", "metadata", "name", "description"}


def _check_name(value: Any, role: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise RuleValidationError(
            f"The {role} of a rule must be a non-empty string, got {value!r}."
        )
    return value


def _check_mechanism(value: Any, where: str) -> None:
    """``value`` must be ``None`` or one of `MECHANISMS` (what `StructuralCausalModel` can build from a name)."""
    if value is None or (isinstance(value, str) and value in MECHANISMS):
        return
    close = difflib.get_close_matches(value, MECHANISMS, n=1) if isinstance(value, str) else []
    hint = f" Did you mean {close[0]!r}?" if close else ""
    raise RuleValidationError(f"{where}: unknown mechanism {value!r}.{hint} Use one of {', '.join(MECHANISMS)}.")


@dataclass(frozen=True)
class CausalRule:
    """One edge ``cause → effect``.

    Args:
        cause, effect: variable names.
        strength: causal power in [-1, 1]; negative values inhibit the effect.
        temporal_offset: steps (frames) between the cause and the effect's onset, ≥ 0.
        duration: steps the effect is held after its onset, ≥ 1; ``None`` means one step.
        mechanism: optional name of the mechanism for the effect (``"noisy_or"``, ``"linear"``, ``"mlp"``).
        metadata: free-form JSON-serialisable data (confidence, source sentence …).
    """

    cause: str
    effect: str
    strength: float = 1.0
    temporal_offset: int = 0
    duration: int | None = None
    mechanism: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict, compare=True, hash=False)

    def __post_init__(self) -> None:
        _check_name(self.cause, "cause")
        _check_name(self.effect, "effect")
        rule = f"Rule {self.cause} -> {self.effect}"
        # A number, never a bool or a string: `true` in a rule file is not a strength of 1.
        strength = _validate.number(f"{rule}: strength", self.strength, finite=False, error=RuleValidationError,
                                    what="a number in [-1, 1] (a causal power; negative inhibits)")
        if not math.isfinite(strength) or not -1.0 <= strength <= 1.0:
            raise RuleValidationError(
                f"{rule}: strength {self.strength} is outside [-1, 1]. "
                "Strength is a causal power (a probability); use a negative value for an inhibitory edge."
            )
        object.__setattr__(self, "strength", strength)
        _validate.integer(f"{rule}: temporal_offset", self.temporal_offset, 0,
                          what="an integer ≥ 0 (steps between cause and effect)", error=RuleValidationError)
        _validate.optional(_validate.integer, f"{rule}: duration", self.duration, 1, what="an integer ≥ 1 or null",
                           error=RuleValidationError)
        if self.cause == self.effect and self.temporal_offset == 0:
            raise CausalGraphError(
                f"Rule {self.cause} -> {self.effect} is an instantaneous self-loop ({self.cause} -> {self.cause}). "
                "A variable may only cause itself over time: give the rule temporal_offset >= 1."
            )
        _check_mechanism(self.mechanism, rule)
        if self.metadata is None:
            object.__setattr__(self, "metadata", {})
        elif not isinstance(self.metadata, Mapping):
            raise RuleValidationError(
                f"Rule {self.cause} -> {self.effect}: metadata must be a mapping, got {type(self.metadata).__name__}."
            )
        else:
            object.__setattr__(self, "metadata", dict(self.metadata))
        if "weight" in self.metadata:
            # the one metadata entry read as a number: a linear mechanism's coefficient (discovery writes it)
            _validate.number(f"{rule}: metadata weight", self.metadata["weight"], error=RuleValidationError,
                             what="a finite number (the linear coefficient in data units)")

    @property
    def is_temporal(self) -> bool:
        return self.temporal_offset > 0

    @property
    def hold(self) -> int:
        """Steps the effect is held after onset (``duration`` or 1)."""
        return self.duration or 1

    def to_dict(self) -> dict[str, Any]:
        """The rule as a plain dict; default-valued optional fields are left out."""
        out: dict[str, Any] = {"cause": self.cause, "effect": self.effect, "strength": self.strength}
        if self.temporal_offset:
            out["temporal_offset"] = self.temporal_offset
        if self.duration is not None:
            out["duration"] = self.duration
        if self.mechanism is not None:
            out["mechanism"] = self.mechanism
        if self.metadata:
            out["metadata"] = dict(self.metadata)
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CausalRule:
        if not isinstance(data, Mapping):
            raise RuleValidationError(f"A rule must be a mapping with 'cause' and 'effect', got {data!r}.")
        unknown = set(data) - _RULE_KEYS
        if unknown:
            raise RuleValidationError(
                f"Unknown key(s) {sorted(unknown)} in rule {dict(data)!r}. Allowed keys: {sorted(_RULE_KEYS)}."
            )
        missing = {"cause", "effect"} - set(data)
        if missing:
            raise RuleValidationError(f"Rule {dict(data)!r} is missing {sorted(missing)}.")
        return cls(**dict(data))


class CausalRuleSet:
    """A set of `CausalRule` edges over named variables.

    Variables keep insertion order (the order of ``variables``, of adjacency matrices and of
    SCM samples). Each variable may carry metadata: ``synonyms`` (surface forms for the
    text layer), ``base_rate`` (the noisy-OR leak), ``mechanism`` (a root's mechanism), ``description``.

    Every variable keeps its incoming and outgoing rules, so queries cost what they return and loading n
    rules costs O(variables + rules): a bulk load (`add_rules`, the constructor, `from_dict`, rule files)
    checks for instantaneous cycles once, at the end.

    >>> rules = CausalRuleSet()
    >>> rules.add_rule("rain", "wet_ground", 0.9)
    >>> rules.add_rule(CausalRule("wet_ground", "slippery_road", 0.7))
    >>> rules.topological_order()
    ['rain', 'wet_ground', 'slippery_road']
    """

    def __init__(self, rules: Iterable[CausalRule] | None = None, name: str | None = None):
        self.name = name
        self._rules: dict[tuple[str, str], CausalRule] = {}
        self._variables: dict[str, dict[str, Any]] = {}
        self._out: dict[str, dict[str, CausalRule]] = {}  # cause -> {effect: rule}, in insertion order
        self._in: dict[str, dict[str, CausalRule]] = {}  # effect -> {cause: rule}, in insertion order
        if rules is not None:
            self.add_rules(rules)

    # ------------------------------------------------------------------ mutation
    def add_variable(self, name: str, **metadata: Any) -> None:
        """Declare a variable (possibly isolated) and merge ``metadata`` into it."""
        _check_name(name, "variable name")
        if "synonyms" in metadata:
            synonyms = metadata["synonyms"]
            if not isinstance(synonyms, (list, tuple)) or not all(isinstance(s, str) for s in synonyms):
                raise RuleValidationError(
                    f"Variable {name!r}: synonyms must be a list of strings, got {synonyms!r}."
                )
            metadata["synonyms"] = list(synonyms)
        if "base_rate" in metadata:
            # checked, not converted: the rule file keeps the number as written
            _validate.fraction(f"Variable {name!r}: base_rate", metadata["base_rate"], error=RuleValidationError)
        if "mechanism" in metadata:
            _check_mechanism(metadata["mechanism"], f"Variable {name!r}")
        self._declare(name)
        self._variables[name].update(metadata)

    def _declare(self, name: str) -> None:
        if name not in self._variables:
            self._variables[name] = {}
            self._out[name] = {}
            self._in[name] = {}

    def add_rule(
        self,
        rule_or_cause: CausalRule | str,
        effect: str | None = None,
        strength: float = 1.0,
        **kwargs: Any,
    ) -> CausalRule:
        """Add an edge: ``add_rule(CausalRule(...))`` or ``add_rule("rain", "wet_ground", 0.9)``.

        Re-adding an identical rule is a no-op. A rule for an existing ``cause → effect`` pair with
        different attributes, one naming another mechanism than the other rules into its effect, or one
        that would close an instantaneous cycle raises and leaves the set unchanged. To add many rules,
        `add_rules` is faster (one cycle check for all of them).
        """
        if isinstance(rule_or_cause, CausalRule):
            if effect is not None or kwargs:
                raise RuleValidationError(
                    "Pass either a CausalRule or (cause, effect, strength, ...), not both."
                )
            rule = rule_or_cause
        else:
            if effect is None:
                raise RuleValidationError(
                    f"add_rule({rule_or_cause!r}) needs an effect: add_rule(cause, effect, strength)."
                )
            rule = CausalRule(rule_or_cause, effect, strength, **kwargs)
        existing = self._existing(rule)
        if existing is not None:
            return existing
        if not rule.is_temporal:
            path = self._instant_path(rule.effect, rule.cause)
            if path is not None:
                raise _cycle_error([rule.cause, *path], f"Adding {rule.cause} -> {rule.effect} would create")
        self._insert(rule)
        return rule

    def add_rules(self, rules: Iterable[CausalRule]) -> None:
        """Add many rules at once, all or nothing, checking for instantaneous cycles once at the end.

        O(variables + rules) for the whole batch, where adding them one by one searches a path per rule.
        Raises like `add_rule` (a cycle is named starting from the last-added rule on it) and then leaves
        the set as it was.
        """
        added: list[CausalRule] = []
        declared = set(self._variables)
        try:
            for rule in rules:
                if not isinstance(rule, CausalRule):
                    raise RuleValidationError(f"add_rules takes CausalRule objects, got {rule!r}.")
                if self._existing(rule) is None:
                    self._insert(rule)
                    added.append(rule)
            if any(not rule.is_temporal for rule in added):
                self._check_acyclic()
        except BaseException:
            for rule in added:
                del self._rules[(rule.cause, rule.effect)]
                del self._out[rule.cause][rule.effect]
                del self._in[rule.effect][rule.cause]
            for name in [v for v in self._variables if v not in declared]:
                del self._variables[name], self._out[name], self._in[name]
            raise

    def _existing(self, rule: CausalRule) -> CausalRule | None:
        """The identical rule already present, or None; raise on a conflicting one."""
        existing = self._rules.get((rule.cause, rule.effect))
        if existing is not None:
            if existing == rule:
                return existing
            raise RuleValidationError(
                f"Conflicting duplicate rule {rule.cause} -> {rule.effect}: already present with "
                f"{existing.to_dict()}, now given {rule.to_dict()}. Remove the old rule first "
                "(remove_rule) or make the two agree."
            )
        if rule.mechanism is not None:
            for other in self._in.get(rule.effect, {}).values():
                if other.mechanism is not None and other.mechanism != rule.mechanism:
                    raise RuleValidationError(
                        f"Rule {rule.cause} -> {rule.effect} names mechanism {rule.mechanism!r}, but the rule "
                        f"{other.cause} -> {other.effect} names {other.mechanism!r}; one variable has one "
                        "mechanism, so give every rule into it the same one."
                    )
        return None

    def _insert(self, rule: CausalRule) -> None:
        for name in (rule.cause, rule.effect):
            self._declare(name)
        self._rules[(rule.cause, rule.effect)] = rule
        self._out[rule.cause][rule.effect] = rule
        self._in[rule.effect][rule.cause] = rule

    def remove_rule(self, cause: str, effect: str) -> CausalRule:
        """Remove and return the rule ``cause → effect`` (variables stay declared)."""
        try:
            rule = self._rules.pop((cause, effect))
        except KeyError:
            raise RuleValidationError(
                f"There is no rule {cause} -> {effect} to remove. Rules: "
                + ", ".join(f"{c} -> {e}" for c, e in self._rules)
            ) from None
        del self._out[cause][effect]
        del self._in[effect][cause]
        return rule

    def _instant_path(self, start: str, goal: str) -> list[str] | None:
        """A path start → … → goal along instantaneous edges, or None.

        Searches forward from ``start`` and backward from ``goal`` in turns and stops when either search
        runs out, so it costs at most about twice the smaller of the two reachable sets: O(1) when
        ``start`` causes nothing or nothing causes ``goal`` (rules added in, or against, topological order).
        """
        if start == goal:
            return [start]
        forward: dict[str, str | None] = {start: None}  # node -> the node it was reached from
        backward: dict[str, str | None] = {goal: None}  # node -> the next node towards goal
        ahead, behind = deque([start]), deque([goal])
        while ahead and behind:
            for frontier, seen, other, edges in ((ahead, forward, backward, self._out),
                                                 (behind, backward, forward, self._in)):
                node = frontier.popleft()
                for neighbour, rule in edges.get(node, {}).items():
                    if rule.is_temporal or neighbour in seen:
                        continue
                    seen[neighbour] = node
                    if neighbour in other:
                        return _join(forward, backward, neighbour)
                    frontier.append(neighbour)
                if not frontier:
                    return None
        return None

    def _check_acyclic(self) -> None:
        """Raise `CausalGraphError` naming one instantaneous cycle, if there is one (Kahn's algorithm, O(V + E))."""
        placed = self._kahn()
        if len(placed) == len(self._variables):
            return
        # Every unplaced variable has an unplaced instantaneous cause: walk causes back until one repeats.
        remaining = set(self._variables) - set(placed)
        node = next(v for v in self._variables if v in remaining)
        walked: dict[str, int] = {}
        while node not in walked:
            walked[node] = len(walked)
            node = next(cause for cause, rule in self._in[node].items()
                        if cause in remaining and not rule.is_temporal)
        back = list(walked)[walked[node]:]  # each one caused by the next: n0 <- n1 <- … <- n0
        cycle = back[::-1]  # cause -> effect order, closing on cycle[0]
        edges = [(cycle[i], cycle[(i + 1) % len(cycle)]) for i in range(len(cycle))]
        position = {key: i for i, key in enumerate(self._rules)}
        last = max(range(len(edges)), key=lambda i: position[edges[i]])
        start = cycle[last:] + cycle[:last]
        cause, effect = edges[last]
        raise _cycle_error([*start, start[0]], f"The rule {cause} -> {effect} creates")

    def _kahn(self) -> list[str]:
        """Variables in topological order of the instantaneous edges; those on or after a cycle are left out."""
        indegree = {v: 0 for v in self._variables}
        for (_cause, effect), rule in self._rules.items():
            if not rule.is_temporal:
                indegree[effect] += 1
        order: list[str] = []
        ready = deque(v for v in self._variables if indegree[v] == 0)
        while ready:
            node = ready.popleft()
            order.append(node)
            for effect, rule in self._out[node].items():
                if not rule.is_temporal:
                    indegree[effect] -= 1
                    if indegree[effect] == 0:
                        ready.append(effect)
        return order

    # ------------------------------------------------------------------ queries
    @property
    def variables(self) -> list[str]:
        return list(self._variables)

    @property
    def rules(self) -> list[CausalRule]:
        return list(self._rules.values())

    def variable_metadata(self, name: str) -> dict[str, Any]:
        self.check_variable(name)
        return dict(self._variables[name])

    def mechanism_of(self, name: str) -> str:
        """The mechanism the rules give ``name``: the one its incoming rules name, else its ``mechanism``
        metadata, else ``"noisy_or"``."""
        self.check_variable(name)
        for rule in self._in[name].values():
            if rule.mechanism is not None:
                return rule.mechanism
        return self._variables[name].get("mechanism", "noisy_or")

    def surface_forms(self, name: str) -> list[str]:
        """Text forms of a variable: its name with ``_`` → space, then its synonyms."""
        self.check_variable(name)
        forms = [name.replace("_", " ")]
        for synonym in self._variables[name].get("synonyms", []):
            if synonym not in forms:
                forms.append(synonym)
        return forms

    def check_variable(self, name: str, context: str = "") -> str:
        if not isinstance(name, str) or name not in self._variables:
            raise UnknownVariableError(name, self._variables, context)
        return name

    def index(self, name: str) -> int:
        """Column of ``name`` in ``variables`` order."""
        self.check_variable(name)
        return list(self._variables).index(name)

    def get_rule(self, cause: str, effect: str) -> CausalRule | None:
        return self._rules.get((cause, effect))

    def incoming(self, name: str, instantaneous_only: bool = False) -> list[CausalRule]:
        """Rules whose effect is ``name``, in insertion order."""
        self.check_variable(name)
        return [r for r in self._in[name].values() if not (instantaneous_only and r.is_temporal)]

    def parents(self, name: str, instantaneous_only: bool = False) -> list[str]:
        return [r.cause for r in self.incoming(name, instantaneous_only)]

    def children(self, name: str, instantaneous_only: bool = False) -> list[str]:
        self.check_variable(name)
        return [r.effect for r in self._out[name].values() if not (instantaneous_only and r.is_temporal)]

    def _reach(self, name: str, step, instantaneous_only: bool) -> list[str]:
        self.check_variable(name)
        seen: dict[str, None] = {}
        frontier = [name]
        while frontier:
            for nxt in step(frontier.pop(), instantaneous_only):
                if nxt not in seen and nxt != name:
                    seen[nxt] = None
                    frontier.append(nxt)
        return [v for v in self._variables if v in seen]

    def ancestors(self, name: str, instantaneous_only: bool = False) -> list[str]:
        """Every variable with a directed path into ``name`` (in ``variables`` order)."""
        return self._reach(name, self.parents, instantaneous_only)

    def descendants(self, name: str, instantaneous_only: bool = False) -> list[str]:
        """Every variable reachable from ``name`` (in ``variables`` order)."""
        return self._reach(name, self.children, instantaneous_only)

    def topological_order(self) -> list[str]:
        """Variables ordered so every instantaneous edge points forward (ties keep insertion order)."""
        # add_rule and add_rules refuse instantaneous cycles, so every variable is placed.
        return self._kahn()

    def to_adjacency_matrix(
        self, dtype: torch.dtype = torch.float32, device: torch.device | str | None = None,
        instantaneous_only: bool = False,
    ) -> torch.Tensor:
        """``A[i, j]`` = strength of ``variables[i] → variables[j]`` (0 where there is no edge)."""
        index = {v: i for i, v in enumerate(self._variables)}
        matrix = torch.zeros(len(index), len(index), dtype=dtype, device=device)
        kept = [r for r in self._rules.values() if not (instantaneous_only and r.is_temporal)]
        if kept:
            causes = torch.tensor([index[r.cause] for r in kept], device=device)
            effects = torch.tensor([index[r.effect] for r in kept], device=device)
            matrix[causes, effects] = torch.tensor([r.strength for r in kept], dtype=dtype, device=device)
        return matrix

    # ------------------------------------------------------------------ container protocol
    def __len__(self) -> int:
        return len(self._rules)

    def __iter__(self) -> Iterator[CausalRule]:
        return iter(list(self._rules.values()))

    def __contains__(self, item: object) -> bool:
        if isinstance(item, CausalRule):
            return self._rules.get((item.cause, item.effect)) == item
        if isinstance(item, tuple) and len(item) == 2:
            return item in self._rules
        return item in self._variables

    def items(self) -> Iterator[tuple[str, dict[str, Any]]]:
        """``(cause, {"effect", "strength", ...})`` pairs, one per rule (the seed's legacy view)."""
        for rule in list(self._rules.values()):
            info = rule.to_dict()
            del info["cause"]
            info.setdefault("temporal_offset", 0)
            info.setdefault("duration", None)
            yield rule.cause, info

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, CausalRuleSet):
            return NotImplemented
        return self.variables == other.variables and self._variables == other._variables and (
            self.rules == other.rules
        )

    def __repr__(self) -> str:
        edges = ", ".join(f"{r.cause}->{r.effect}" for r in list(self._rules.values())[:6])
        more = " …" if len(self._rules) > 6 else ""
        return f"CausalRuleSet({len(self._variables)} variables, {len(self._rules)} rules: {edges}{more})"

    def copy(self) -> CausalRuleSet:
        return CausalRuleSet.from_dict(self.to_dict())

    # ------------------------------------------------------------------ dict / files
    def to_dict(self) -> dict[str, Any]:
        """``{"variables": {name: metadata}, "cause_effect_pairs": [rule dicts]}``."""
        out: dict[str, Any] = {}
        if self.name:
            out["name"] = self.name
        out["variables"] = {v: dict(meta) for v, meta in self._variables.items()}
        out["cause_effect_pairs"] = [r.to_dict() for r in self._rules.values()]
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CausalRuleSet:
        """Build from the ``{"cause_effect_pairs": [...]}`` form or the legacy
        ``{cause: {"effect": ..., "strength": ...}}`` mapping (a list of such dicts per cause also works;
        ``intensity`` is accepted as a legacy name for ``strength``). In the legacy form every value must be
        such a mapping (or a list of them): ``{"name": "my rules"}`` is not a rule. Nothing is built if any
        part is bad.
        """
        if isinstance(data, CausalRuleSet):
            return data.copy()
        if not isinstance(data, Mapping):
            raise RuleValidationError(
                f"Rules must be a mapping, got {type(data).__name__}. Use "
                '{"cause_effect_pairs": [{"cause": ..., "effect": ..., "strength": ...}]}.'
            )
        if "cause_effect_pairs" not in data and "variables" not in data:
            ruleset = cls()
            ruleset.add_rules(_legacy_rules(data))
            return ruleset
        unknown = set(data) - _TOP_KEYS
        if unknown:
            raise RuleValidationError(
                f"Unknown top-level key(s) {sorted(unknown)}. Allowed keys: {sorted(_TOP_KEYS)}."
            )
        for key in ("name", "description"):
            if data.get(key) is not None and not isinstance(data[key], str):
                raise RuleValidationError(f"'{key}' must be a string, got {data[key]!r}.")
        ruleset = cls(name=data.get("name"))
        variables = data.get("variables") or {}
        if isinstance(variables, Mapping):
            for name, meta in variables.items():
                if meta is not None and not isinstance(meta, Mapping):
                    raise RuleValidationError(
                        f"Metadata of variable {name!r} must be a mapping, got {meta!r}."
                    )
                ruleset.add_variable(name, **dict(meta or {}))
        elif isinstance(variables, list):
            for name in variables:
                ruleset.add_variable(name)
        else:
            raise RuleValidationError("'variables' must be a list of names or a {name: metadata} mapping.")
        pairs = data.get("cause_effect_pairs") or []
        if not isinstance(pairs, list):
            raise RuleValidationError("'cause_effect_pairs' must be a list of rule objects.")
        ruleset.add_rules(CausalRule.from_dict(pair) for pair in pairs)
        return ruleset

    def to_json(self, path: str | Path | None = None, indent: int = 2) -> str:
        text = json.dumps(self.to_dict(), indent=indent) + "\n"
        if path is not None:
            _write_atomic(Path(path), text)
        return text

    def to_yaml(self, path: str | Path | None = None) -> str:
        import yaml

        text = yaml.safe_dump(self.to_dict(), sort_keys=False)
        if path is not None:
            _write_atomic(Path(path), text)
        return text

    def save(self, path: str | Path) -> None:
        """Write JSON or YAML, chosen by the file suffix."""
        path = Path(path)
        if path.suffix.lower() in {".yaml", ".yml"}:
            self.to_yaml(path)
        elif path.suffix.lower() == ".json":
            self.to_json(path)
        else:
            raise OutputError(f"Cannot tell the format of {path}: use a .json, .yaml or .yml suffix.")

    @classmethod
    def from_json(cls, source: str | Path) -> CausalRuleSet:
        """Load a JSON file (or a JSON string starting with ``{``)."""
        text, where = _read_source(source)
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise RuleValidationError(
                f"Malformed JSON in {where} at line {exc.lineno}, column {exc.colno}: {exc.msg}."
            ) from None
        except RecursionError:
            raise RuleValidationError(_too_deep(where)) from None
        except ValueError as exc:  # an integer of thousands of digits (Python's int-from-text limit)
            raise RuleValidationError(_unreadable_number(where, exc)) from None
        return cls._from_loaded(data, where)

    @classmethod
    def from_yaml(cls, source: str | Path) -> CausalRuleSet:
        import yaml

        text, where = _read_source(source)
        try:
            data = yaml.safe_load(text)
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            at = f" at line {mark.line + 1}, column {mark.column + 1}" if mark is not None else ""
            problem = getattr(exc, "problem", None) or str(exc)
            raise RuleValidationError(f"Malformed YAML in {where}{at}: {problem}.") from None
        except RecursionError:
            raise RuleValidationError(_too_deep(where)) from None
        except ValueError as exc:  # an integer of thousands of digits (Python's int-from-text limit)
            raise RuleValidationError(_unreadable_number(where, exc)) from None
        return cls._from_loaded(data, where)

    @classmethod
    def _from_loaded(cls, data: Any, where: str) -> CausalRuleSet:
        try:
            return cls.from_dict({} if data is None else data)
        except (RuleValidationError, CausalGraphError) as exc:
            raise type(exc)(f"{where}: {exc}") from None

    @classmethod
    def load(cls, source: str | Path) -> CausalRuleSet:
        """Load a rule file (.json / .yaml / .yml) or a bundled rule set by name (``"weather"``).

        Every command reads its rules here. A file that declares no variable is refused (it is a mistake, never
        a model: ``{}``, an empty file, a forgotten ``cause_effect_pairs``).
        """
        path = Path(source)
        if not path.exists():
            bundled = bundled_rule_files()
            if str(source) in bundled:
                path = bundled[str(source)]
            else:
                raise RuleValidationError(
                    f"No rule file at {source!s}, and no bundled rule set of that name "
                    f"(bundled: {', '.join(sorted(bundled))})."
                )
        if path.suffix.lower() in {".yaml", ".yml"}:
            ruleset = cls.from_yaml(path)
        elif path.suffix.lower() == ".json":
            ruleset = cls.from_json(path)
        else:
            raise RuleValidationError(f"Cannot tell the format of {path}: use a .json, .yaml or .yml suffix.")
        if not ruleset.variables:
            raise RuleValidationError(
                f"{path} declares no variables and no rules; a model needs at least one. Write the rules as "
                '{"cause_effect_pairs": [{"cause": ..., "effect": ..., "strength": ...}]}.'
            )
        return ruleset

    # ------------------------------------------------------------------ networkx
    def to_networkx(self):
        """A ``networkx.DiGraph``: node attributes are variable metadata, edge attributes the rule fields."""
        import networkx as nx

        graph = nx.DiGraph(name=self.name) if self.name else nx.DiGraph()
        for name, meta in self._variables.items():
            graph.add_node(name, **meta)
        for position, rule in enumerate(self._rules.values()):
            graph.add_edge(
                rule.cause, rule.effect, strength=rule.strength, temporal_offset=rule.temporal_offset,
                duration=rule.duration, mechanism=rule.mechanism, metadata=dict(rule.metadata),
                rule_index=position,
            )
        return graph

    @classmethod
    def from_networkx(cls, graph) -> CausalRuleSet:
        """Build from a ``networkx.DiGraph``; an edge's ``strength`` (or ``weight``) defaults to 1.

        Rules keep the order of their ``rule_index`` edge attribute (written by `to_networkx`), which
        fixes the column order of each mechanism's parents.
        """
        ruleset = cls(name=graph.graph.get("name"))
        for name, meta in graph.nodes(data=True):
            ruleset.add_variable(name, **dict(meta))
        edges = sorted(graph.edges(data=True), key=lambda edge: edge[2].get("rule_index", math.inf))
        ruleset.add_rules(
            CausalRule(cause, effect, attrs.get("strength", attrs.get("weight", 1.0)),
                       temporal_offset=attrs.get("temporal_offset", 0), duration=attrs.get("duration"),
                       mechanism=attrs.get("mechanism"), metadata=attrs.get("metadata") or {})
            for cause, effect, attrs in edges
        )
        return ruleset


def _legacy_rules(data: Mapping[str, Any]) -> Iterator[CausalRule]:
    """The rules of the legacy form ``{cause: {"effect": ..., "strength": ...} or a list of them}``."""
    for cause, spec in data.items():
        entries = spec if isinstance(spec, list) else [spec]
        if not entries or not all(isinstance(entry, Mapping) and "effect" in entry for entry in entries):
            if set(data) <= _TOP_KEYS:
                raise RuleValidationError(
                    f"The rules hold only {', '.join(repr(k) for k in data)} and no 'cause_effect_pairs'. "
                    'Write the rules as {"cause_effect_pairs": [{"cause": ..., "effect": ..., "strength": ...}]}.'
                )
            raise RuleValidationError(
                f"{cause!r} is not a rule: in the legacy form every key is a cause and its value a mapping like "
                f'{{"effect": "...", "strength": 0.9}} (or a list of them), got {spec!r}. The current form is '
                '{"cause_effect_pairs": [{"cause": ..., "effect": ..., "strength": ...}]}.'
            )
        for entry in entries:
            unknown = set(entry) - _LEGACY_KEYS
            if unknown:
                raise RuleValidationError(
                    f"Unknown key(s) {sorted(unknown)} in the rule for cause {cause!r}. "
                    f"Allowed keys: {sorted(_LEGACY_KEYS)}."
                )
            entry = dict(entry)
            if "intensity" in entry:
                if "strength" in entry:
                    raise RuleValidationError(
                        f"The rule for cause {cause!r} gives both 'strength' and its legacy name 'intensity'."
                    )
                entry["strength"] = entry.pop("intensity")
            yield CausalRule(cause=cause, **entry)


def _join(forward: dict[str, str | None], backward: dict[str, str | None], meeting: str) -> list[str]:
    """The path start → … → meeting → … → goal found by a search from both ends."""
    path = [meeting]
    while forward[path[0]] is not None:
        path.insert(0, forward[path[0]])  # type: ignore[arg-type]
    while backward[path[-1]] is not None:
        path.append(backward[path[-1]])  # type: ignore[arg-type]
    return path


def _cycle_error(cycle: list[str], what: str) -> CausalGraphError:
    return CausalGraphError(
        f"{what} an instantaneous cycle: {' -> '.join(cycle)}. Remove an edge of the cycle, or give one of its "
        "rules temporal_offset >= 1 to make it feedback over time."
    )


def as_ruleset(rules: CausalRuleSet | Mapping[str, Any] | None) -> CausalRuleSet:
    """Coerce what users pass as ``causal_rules`` (a rule set, a dict in either form, or None)."""
    if rules is None:
        return CausalRuleSet()
    if isinstance(rules, CausalRuleSet):
        return rules
    if isinstance(rules, (list, tuple)):
        return CausalRuleSet([r if isinstance(r, CausalRule) else CausalRule.from_dict(r) for r in rules])
    return CausalRuleSet.from_dict(rules)


def bundled_rule_files() -> dict[str, Path]:
    """Bundled rule sets by name (``weather``, ``medical`` …) → file path."""
    folder = resources.files("causaltorch") / "data" / "rules"
    return {Path(str(p)).stem: Path(str(p)) for p in folder.iterdir() if str(p).endswith((".json", ".yaml"))}


def _read_source(source: str | Path) -> tuple[str, str]:
    if isinstance(source, str) and source.lstrip().startswith(("{", "[")):
        return source, "<string>"
    path = Path(source)
    if not path.is_file():
        raise RuleValidationError(f"Rule file {path} does not exist.")
    try:
        # utf-8-sig: a byte-order mark (Windows editors write one) is not part of the first key
        return path.read_text(encoding="utf-8-sig"), str(path)
    except UnicodeDecodeError as exc:
        raise RuleValidationError(
            f"{path} is not UTF-8 text (undecodable byte at offset {exc.start}); "
            "save the rule file as UTF-8 JSON or YAML."
        ) from None


def _too_deep(where: str) -> str:
    return (f"{where} is nested too deeply to read (lists or mappings inside each other thousands of levels "
            "deep); a rule file is a mapping of rules, a few levels deep.")


def _unreadable_number(where: str, exc: ValueError) -> str:
    limit = sys.get_int_max_str_digits()
    what = f"an integer more than {limit} digits long" if "digits" in str(exc) else f"an unreadable value ({exc})"
    return f"{where} holds {what}; strengths, rates and offsets are ordinary numbers such as 0.9 or 3."


def _write_atomic(path: Path, text: str) -> None:
    with atomic_path(path) as temporary:
        temporary.write_text(text, encoding="utf-8")
