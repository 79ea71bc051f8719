"""Declarative cause→effect rules: the one graph object every CausalTorch module uses.

A `CausalRuleSet` is a directed graph over named variables. Edges with
``temporal_offset == 0`` are instantaneous and must form a DAG; an edge with
``temporal_offset >= 1`` links a cause at step ``t`` to its effect at step
``t + offset`` and may close a feedback loop over time. Every mutation is validated
before it changes anything.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import torch

from causaltorch import _validate
from causaltorch._files import atomic_path
from causaltorch.errors import CausalGraphError, OutputError, RuleValidationError, UnknownVariableError

__all__ = ["CausalRule", "CausalRuleSet", "as_ruleset", "bundled_rule_files"]

_RULE_KEYS = {"cause", "effect", "strength", "temporal_offset", "duration", "mechanism", "metadata"}
_LEGACY_KEYS = {"effect", "strength", "intensity", "temporal_offset", "duration", "mechanism", "metadata"}
_TOP_KEYS = {"cause_effect_pairs", "variables", "metadata", "name", "description"}


def _check_name(value: Any, role: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise RuleValidationError(
            f"The {role} of a rule must be a non-empty string, got {value!r}."
        )
    return value


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
        try:
            strength = float(self.strength)
        except (TypeError, ValueError):
            raise RuleValidationError(
                f"Rule {self.cause} -> {self.effect}: strength must be a number in [-1, 1], got {self.strength!r}."
            ) from None
        if not math.isfinite(strength) or not -1.0 <= strength <= 1.0:
            raise RuleValidationError(
                f"Rule {self.cause} -> {self.effect}: strength {self.strength} is outside [-1, 1]. "
                "Strength is a causal power (a probability); use a negative value for an inhibitory edge."
            )
        object.__setattr__(self, "strength", strength)
        rule = f"Rule {self.cause} -> {self.effect}"
        _validate.integer(f"{rule}: temporal_offset", self.temporal_offset, 0,
                          what="an integer ≥ 0 (steps between cause and effect)", error=RuleValidationError)
        _validate.optional(_validate.integer, f"{rule}: duration", self.duration, 1, what="an integer ≥ 1 or null",
                           error=RuleValidationError)
        if self.cause == self.effect and self.temporal_offset == 0:
            raise CausalGraphError(
                f"Rule {self.cause} -> {self.effect} is an instantaneous self-loop ({self.cause} -> {self.cause}). "
                "A variable may only cause itself over time: give the rule temporal_offset >= 1."
            )
        if self.mechanism is not None and not isinstance(self.mechanism, str):
            raise RuleValidationError(
                f"{rule}: mechanism must be a name such as 'noisy_or', got {self.mechanism!r}."
            )
        if self.metadata is None:
            object.__setattr__(self, "metadata", {})
        elif not isinstance(self.metadata, Mapping):
            raise RuleValidationError(
                f"Rule {self.cause} -> {self.effect}: metadata must be a mapping, got {type(self.metadata).__name__}."
            )
        else:
            object.__setattr__(self, "metadata", dict(self.metadata))

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
    text layer), ``base_rate`` (the noisy-OR leak), ``description``.

    >>> rules = CausalRuleSet()
    >>> rules.add_rule("rain", "wet_ground", 0.9)
    >>> rules.add_rule(CausalRule("wet_ground", "slippery_road", 0.7))
    >>> rules.topological_order()
    ['rain', 'wet_ground', 'slippery_road']
    """

    def __init__(self, rules: list[CausalRule] | None = None, name: str | None = None):
        self.name = name
        self._rules: dict[tuple[str, str], CausalRule] = {}
        self._variables: dict[str, dict[str, Any]] = {}
        for rule in rules or []:
            self.add_rule(rule)

    # ------------------------------------------------------------------ mutation
    def add_variable(self, name: str, **metadata: Any) -> None:
        """Declare a variable (possibly isolated) and merge ``metadata`` into it."""
        _check_name(name, "variable name")
        if "synonyms" in metadata:
            synonyms = metadata["synonyms"]
            if isinstance(synonyms, str) or not all(isinstance(s, str) for s in synonyms):
                raise RuleValidationError(
                    f"Variable {name!r}: synonyms must be a list of strings, got {synonyms!r}."
                )
            metadata["synonyms"] = list(synonyms)
        if "base_rate" in metadata:
            # checked, not converted: the rule file keeps the number as written
            _validate.fraction(f"Variable {name!r}: base_rate", metadata["base_rate"], error=RuleValidationError)
        self._variables.setdefault(name, {}).update(metadata)

    def add_rule(
        self,
        rule_or_cause: CausalRule | str,
        effect: str | None = None,
        strength: float = 1.0,
        **kwargs: Any,
    ) -> CausalRule:
        """Add an edge: ``add_rule(CausalRule(...))`` or ``add_rule("rain", "wet_ground", 0.9)``.

        Re-adding an identical rule is a no-op. A rule for an existing ``cause → effect`` pair with
        different attributes, or one that would close an instantaneous cycle, raises and leaves the
        set unchanged.
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
        key = (rule.cause, rule.effect)
        existing = self._rules.get(key)
        if existing is not None:
            if existing == rule:
                return existing
            raise RuleValidationError(
                f"Conflicting duplicate rule {rule.cause} -> {rule.effect}: already present with "
                f"{existing.to_dict()}, now given {rule.to_dict()}. Remove the old rule first "
                "(remove_rule) or make the two agree."
            )
        if not rule.is_temporal:
            path = self._instant_path(rule.effect, rule.cause)
            if path is not None:
                cycle = " -> ".join([rule.cause, *path])
                raise CausalGraphError(
                    f"Adding {rule.cause} -> {rule.effect} would create an instantaneous cycle: {cycle}. "
                    "Remove an edge of the cycle, or give one of its rules temporal_offset >= 1 "
                    "to make it feedback over time."
                )
        for name in (rule.cause, rule.effect):
            self._variables.setdefault(name, {})
        self._rules[key] = rule
        return rule

    def remove_rule(self, cause: str, effect: str) -> CausalRule:
        """Remove and return the rule ``cause → effect`` (variables stay declared)."""
        try:
            return self._rules.pop((cause, effect))
        except KeyError:
            raise RuleValidationError(
                f"There is no rule {cause} -> {effect} to remove. Rules: "
                + ", ".join(f"{c} -> {e}" for c, e in self._rules)
            ) from None

    def _instant_path(self, start: str, goal: str) -> list[str] | None:
        """A path start → … → goal along instantaneous edges, or None."""
        if start == goal:
            return [start]
        parent_of: dict[str, str | None] = {start: None}
        frontier = [start]
        while frontier:
            node = frontier.pop()
            for rule in self._rules.values():
                if rule.cause != node or rule.is_temporal or rule.effect in parent_of:
                    continue
                parent_of[rule.effect] = node
                if rule.effect == goal:
                    path = [goal]
                    while parent_of[path[-1]] is not None:
                        path.append(parent_of[path[-1]])
                    return path[::-1]
                frontier.append(rule.effect)
        return None

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

    def surface_forms(self, name: str) -> list[str]:
        """Text forms of a variable: its name with ``_`` → space, then its synonyms."""
        self.check_variable(name)
        forms = [name.replace("_", " ")]
        for synonym in self._variables[name].get("synonyms", []):
            if synonym not in forms:
                forms.append(synonym)
        return forms

    def check_variable(self, name: str, context: str = "") -> str:
        if name not in self._variables:
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
        return [
            r for r in self._rules.values()
            if r.effect == name and not (instantaneous_only and r.is_temporal)
        ]

    def parents(self, name: str, instantaneous_only: bool = False) -> list[str]:
        return [r.cause for r in self.incoming(name, instantaneous_only)]

    def children(self, name: str, instantaneous_only: bool = False) -> list[str]:
        self.check_variable(name)
        return [
            r.effect for r in self._rules.values()
            if r.cause == name and not (instantaneous_only and r.is_temporal)
        ]

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
        indegree = {v: 0 for v in self._variables}
        for rule in self._rules.values():
            if not rule.is_temporal:
                indegree[rule.effect] += 1
        order: list[str] = []
        ready = [v for v in self._variables if indegree[v] == 0]
        while ready:
            node = ready.pop(0)
            order.append(node)
            for rule in self._rules.values():
                if rule.cause == node and not rule.is_temporal:
                    indegree[rule.effect] -= 1
                    if indegree[rule.effect] == 0:
                        ready.append(rule.effect)
        # add_rule refuses instantaneous cycles, so every variable is placed.
        return order

    def to_adjacency_matrix(
        self, dtype: torch.dtype = torch.float32, device: torch.device | str | None = None,
        instantaneous_only: bool = False,
    ) -> torch.Tensor:
        """``A[i, j]`` = strength of ``variables[i] → variables[j]`` (0 where there is no edge)."""
        index = {v: i for i, v in enumerate(self._variables)}
        matrix = torch.zeros(len(index), len(index), dtype=dtype, device=device)
        for rule in self._rules.values():
            if instantaneous_only and rule.is_temporal:
                continue
            matrix[index[rule.cause], index[rule.effect]] = rule.strength
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
        ``intensity`` is accepted as a legacy name for ``strength``). Nothing is built if any part is bad.
        """
        if isinstance(data, CausalRuleSet):
            return data.copy()
        if not isinstance(data, Mapping):
            raise RuleValidationError(
                f"Rules must be a mapping, got {type(data).__name__}. Use "
                '{"cause_effect_pairs": [{"cause": ..., "effect": ..., "strength": ...}]}.'
            )
        if "cause_effect_pairs" in data or "variables" in data:
            unknown = set(data) - _TOP_KEYS
            if unknown:
                raise RuleValidationError(
                    f"Unknown top-level key(s) {sorted(unknown)}. Allowed keys: {sorted(_TOP_KEYS)}."
                )
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
            for pair in pairs:
                ruleset.add_rule(CausalRule.from_dict(pair))
            return ruleset
        ruleset = cls()
        for cause, spec in data.items():
            for entry in spec if isinstance(spec, list) else [spec]:
                if isinstance(entry, str):
                    entry = {"effect": entry}
                if not isinstance(entry, Mapping):
                    raise RuleValidationError(
                        f"Legacy rule for cause {cause!r} must be a mapping like "
                        f'{{"effect": "...", "strength": 0.9}}, got {entry!r}.'
                    )
                unknown = set(entry) - _LEGACY_KEYS
                if unknown:
                    raise RuleValidationError(
                        f"Unknown key(s) {sorted(unknown)} in the rule for cause {cause!r}. "
                        f"Allowed keys: {sorted(_LEGACY_KEYS)}."
                    )
                if "effect" not in entry:
                    raise RuleValidationError(f"The rule for cause {cause!r} has no 'effect'.")
                entry = dict(entry)
                if "intensity" in entry:
                    if "strength" in entry:
                        raise RuleValidationError(
                            f"The rule for cause {cause!r} gives both 'strength' and its legacy name 'intensity'."
                        )
                    entry["strength"] = entry.pop("intensity")
                ruleset.add_rule(CausalRule(cause=cause, **entry))
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
        return cls._from_loaded(data, where)

    @classmethod
    def _from_loaded(cls, data: Any, where: str) -> CausalRuleSet:
        try:
            return cls.from_dict(data)
        except (RuleValidationError, CausalGraphError) as exc:
            raise type(exc)(f"{where}: {exc}") from None

    @classmethod
    def load(cls, source: str | Path) -> CausalRuleSet:
        """Load a rule file (.json / .yaml / .yml) or a bundled rule set by name (``"weather"``)."""
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
            return cls.from_yaml(path)
        if path.suffix.lower() == ".json":
            return cls.from_json(path)
        raise RuleValidationError(f"Cannot tell the format of {path}: use a .json, .yaml or .yml suffix.")

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
        for cause, effect, attrs in edges:
            strength = attrs.get("strength", attrs.get("weight", 1.0))
            ruleset.add_rule(CausalRule(
                cause, effect, strength,
                temporal_offset=attrs.get("temporal_offset", 0), duration=attrs.get("duration"),
                mechanism=attrs.get("mechanism"), metadata=attrs.get("metadata") or {},
            ))
        return ruleset


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
        return path.read_text(encoding="utf-8"), str(path)
    except UnicodeDecodeError as exc:
        raise RuleValidationError(
            f"{path} is not UTF-8 text (undecodable byte at offset {exc.start}); "
            "save the rule file as UTF-8 JSON or YAML."
        ) from None


def _write_atomic(path: Path, text: str) -> None:
    with atomic_path(path) as temporary:
        temporary.write_text(text, encoding="utf-8")
