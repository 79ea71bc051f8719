"""`QuantumCausalCircuit`: a causal graph as a PennyLane circuit, one qubit per variable.

Each variable is a qubit, in the graph's topological order (wire 0 is the first variable and the most significant
bit of the statevector index). An input value ``x`` in [0, 1] is encoded as ``RY(π·x)`` on ``|0⟩``, so 0 → ``|0⟩``
and 1 → ``|1⟩``. Each rule ``cause → effect`` adds a controlled rotation from the cause's qubit onto the effect's,
applied once every gate into the cause is in place:

- ``gate="cry"`` (default): controlled ``RY(θ)``. With the cause at 1 and the effect's input at 0,
  P(effect = 1) = sin²(θ/2).
- ``gate="crz"``: controlled ``RZ(θ)``, the spec's sketch. On computational-basis inputs it only changes phases,
  so measured in the Z basis the effect never depends on its cause; it is kept for fidelity to the spec.

The angle comes from the rule's strength ``s`` (a trainable parameter): ``strength_to_angle="linear"`` gives
θ = π·s (the spec's ``strength * np.pi``); ``"noisy_or"`` gives θ = sign(s)·2·arcsin(√|s|), which makes a single
edge reproduce a noisy-OR causal power exactly (P(effect = 1) = s with the cause at 1). A negative strength is a
rotation back toward ``|0⟩``: it suppresses an effect that is already excited (input 1 → P(effect = 1) =
cos²(θ/2), which is 1 − |s| under the noisy-OR map), but from ``|0⟩`` alone it excites exactly as much as the
positive strength would, since only |amplitude|² is measured. See docs/quantum.md for where the circuit and the
classical noisy-OR SCM agree and where they cannot.

PennyLane is imported on first use (``default.qubit``, torch interface, backprop), so strengths can be fitted
to data by gradient descent.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
import torch
from torch import Tensor, nn

from causaltorch import _validate
from causaltorch.errors import CausalGraphError, DataError, require
from causaltorch.rules import CausalRuleSet, as_ruleset

__all__ = ["QuantumCausalCircuit", "QubitLimitError", "MAX_QUBITS", "noisy_or_angle"]

# The statevector holds 2^n complex128 amplitudes: 2^20 is 16 MiB, and every gate touches all of them.
MAX_QUBITS = 20

_GATES = ("cry", "crz")
_ANGLE_MAPS = ("linear", "noisy_or")
InputValues = Mapping[str, float] | Sequence[float] | None


class QubitLimitError(CausalGraphError, ValueError):
    """A graph with more variables than `MAX_QUBITS`: its statevector would not fit a simulator."""


def noisy_or_angle(strength: Tensor) -> Tensor:
    """The rotation angle θ = sign(s)·2·arcsin(√|s|) whose sin²(θ/2) is the causal power |s| (radians).

    ``strength`` of any shape; |s| is clamped to [0, 1]. The gradient is infinite at s = 0 and |s| = 1.
    """
    power = strength.abs().clamp(0.0, 1.0)
    return torch.sign(strength) * 2.0 * torch.asin(torch.sqrt(power))


def _as_ruleset(causal_graph: Any) -> CausalRuleSet:
    """A rule set from a `CausalRuleSet`, anything `as_ruleset` accepts, or a ``networkx.DiGraph``."""
    if not isinstance(causal_graph, (CausalRuleSet, Mapping, list, tuple)) and hasattr(causal_graph, "has_edge"):
        return CausalRuleSet.from_networkx(causal_graph)  # the spec passes a networkx graph
    return as_ruleset(causal_graph)


class QuantumCausalCircuit(nn.Module):
    """A causal graph as a quantum circuit with trainable edge strengths.

    Args:
        causal_graph: a `CausalRuleSet`, anything `causaltorch.rules.as_ruleset` accepts (the
            ``{"cause_effect_pairs": [...]}`` dict, a list of rules) or a ``networkx.DiGraph`` whose edges carry
            ``strength``. At most `MAX_QUBITS` variables; every rule instantaneous (``temporal_offset == 0``).
        gate: ``"cry"`` (controlled RY, default) or ``"crz"`` (controlled RZ, phases only).
        strength_to_angle: ``"linear"`` (θ = π·s, default) or ``"noisy_or"`` (θ = sign(s)·2·arcsin(√|s|)).

    Attributes:
        variables: the variable names in qubit (topological) order.
        qubits: the number of qubits, ``len(variables)``.
        edges: ``(cause, effect)`` per gate, in gate order; ``strengths[i]`` is edge i's strength.
        strengths: ``nn.Parameter`` ``[len(edges)]`` (float64), initialised from the rules.
        interventions: ``{variable: value}`` fixed by `intervene`.
    """

    def __init__(self, causal_graph: Any, gate: str = "cry", strength_to_angle: str = "linear"):
        super().__init__()
        ruleset = _as_ruleset(causal_graph)
        if gate not in _GATES:
            raise DataError(f"gate must be one of {', '.join(map(repr, _GATES))}, got {gate!r}.")
        if strength_to_angle not in _ANGLE_MAPS:
            raise DataError(
                f"strength_to_angle must be one of {', '.join(map(repr, _ANGLE_MAPS))}, got {strength_to_angle!r}."
            )
        if not ruleset.variables:
            raise CausalGraphError(
                'The causal graph is empty: a circuit needs at least one variable. Add rules '
                '({"cause_effect_pairs": [{"cause": ..., "effect": ..., "strength": ...}]}).'
            )
        if len(ruleset.variables) > MAX_QUBITS:
            raise QubitLimitError(
                f"The causal graph has {len(ruleset.variables)} variables but a circuit holds at most {MAX_QUBITS} "
                f"qubits (the simulated statevector has 2^n amplitudes). Use a subgraph of at most {MAX_QUBITS} "
                "variables, or the classical StructuralCausalModel."
            )
        temporal = [rule for rule in ruleset if rule.is_temporal]
        if temporal:
            shown = ", ".join(f"{r.cause} -> {r.effect} (offset {r.temporal_offset})" for r in temporal[:5])
            raise CausalGraphError(
                f"A quantum causal circuit has no time steps, so it cannot hold lagged rules: {shown}. Remove "
                "them, or set their temporal_offset to 0 if the effect is instantaneous."
            )
        self.ruleset = ruleset
        self.gate = gate
        self.strength_to_angle = strength_to_angle
        self.variables: list[str] = ruleset.topological_order()
        self.qubits = len(self.variables)
        self._wire = {name: wire for wire, name in enumerate(self.variables)}
        # Gates in the effects' topological order: an effect's qubit is complete before it controls anything.
        rules = [rule for effect in self.variables for rule in ruleset.incoming(effect)]
        self.edges: list[tuple[str, str]] = [(rule.cause, rule.effect) for rule in rules]
        self.strengths = nn.Parameter(torch.tensor([rule.strength for rule in rules], dtype=torch.float64))
        self.interventions: dict[str, float] = {}
        self._state_node = None
        self._expval_node = None

    # ------------------------------------------------------------------ inputs
    def _inputs(self, input_values: InputValues) -> list[float]:
        """Checked input values, one per qubit; a dict may leave variables out (they start at 0)."""
        if isinstance(input_values, (torch.Tensor, np.ndarray)):
            input_values = input_values.tolist()  # plain numbers: inputs are data, not trained
        if input_values is None:
            values = [0.0] * self.qubits
        elif isinstance(input_values, Mapping):
            for name in input_values:
                self.ruleset.check_variable(name, "input_values")
            values = [input_values.get(name, 0.0) for name in self.variables]
        elif isinstance(input_values, Sequence) and not isinstance(input_values, str):
            if len(input_values) != self.qubits:
                raise DataError(
                    f"input_values has {len(input_values)} values but the circuit has {self.qubits} qubits; give "
                    f"one value per variable in the order {self.variables}, or a dict by variable name."
                )
            values = list(input_values)
        else:
            raise DataError(
                "input_values must be a dict by variable name or a sequence in variable order "
                f"{self.variables}, got {type(input_values).__name__}."
            )
        return [
            _validate.fraction(f"input value of {name!r}", value,
                               what="a number in [0, 1] (0 encodes |0⟩, 1 encodes |1⟩)")
            for name, value in zip(self.variables, values, strict=True)
        ]

    # ------------------------------------------------------------------ the circuit
    def angles(self) -> Tensor:
        """``[len(edges)]`` rotation angles in radians, differentiable in `strengths`."""
        if self.strength_to_angle == "noisy_or":
            return noisy_or_angle(self.strengths)
        return math.pi * self.strengths

    def _apply(self, qml: Any, values: list[float], angles: Tensor) -> None:
        """Encode the inputs, then one controlled rotation per edge whose effect is not intervened on."""
        for name, value in zip(self.variables, values, strict=True):
            value = self.interventions.get(name, value)
            qml.RY(math.pi * value, wires=self._wire[name])
        controlled = qml.CRY if self.gate == "cry" else qml.CRZ
        for (cause, effect), angle in zip(self.edges, angles, strict=True):
            if effect not in self.interventions:  # do(effect): its incoming gates are removed
                controlled(angle, wires=[self._wire[cause], self._wire[effect]])

    def _nodes(self) -> tuple[Any, Any]:
        if self._state_node is None:
            qml = require("pennylane", "quantum", "quantum causal circuits")
            device = qml.device("default.qubit", wires=self.qubits)

            def state(values: list[float], angles: Tensor) -> Any:
                self._apply(qml, values, angles)
                return qml.state()

            def expvals(values: list[float], angles: Tensor) -> Any:
                self._apply(qml, values, angles)
                return [qml.expval(qml.PauliZ(wire)) for wire in range(self.qubits)]

            self._state_node = qml.QNode(state, device, interface="torch", diff_method="backprop")
            self._expval_node = qml.QNode(expvals, device, interface="torch", diff_method="backprop")
        return self._state_node, self._expval_node

    # ------------------------------------------------------------------ results
    def run(self, input_values: InputValues = None) -> Tensor:
        """The statevector after the circuit: complex128 ``[2**qubits]``, wire 0 the most significant bit.

        ``input_values``: a dict by variable name (missing variables start at 0) or a sequence in `variables`
        order (a list, a 1-D array or tensor), each in [0, 1]. Differentiable in `strengths`, not in the inputs.
        """
        values = self._inputs(input_values)
        state_node, _ = self._nodes()
        return state_node(values, self.angles())

    def probabilities(self, input_values: InputValues = None) -> Tensor:
        """``[2**qubits]`` probabilities of the measured bit strings (|amplitude|², same indexing as `run`)."""
        return self.run(input_values).abs().pow(2)

    def expectations(self, input_values: InputValues = None) -> dict[str, Tensor]:
        """⟨Z⟩ per variable (a dict by name, float64 scalars): +1 for certainly 0, −1 for certainly 1.

        P(variable = 1) = (1 − ⟨Z⟩) / 2. Differentiable in `strengths`.
        """
        values = self._inputs(input_values)
        _, expval_node = self._nodes()
        results = expval_node(values, self.angles())
        return {name: torch.as_tensor(result) for name, result in zip(self.variables, results, strict=True)}

    def forward(self, input_values: InputValues = None) -> Tensor:
        """The statevector (`run`)."""
        return self.run(input_values)

    def intervene(self, variable: str, value: float) -> QuantumCausalCircuit:
        """A new circuit with ``do(variable = value)``: the qubit is prepared at ``value`` (``RY(π·value)``,
        whatever the input) and its incoming controlled gates are removed. The new circuit shares `strengths`
        with this one (gradients flow to the same parameter); this circuit is unchanged.
        """
        self.ruleset.check_variable(variable, "intervene()")
        value = _validate.fraction(f"intervention value of {variable!r}", value,
                                   what="a number in [0, 1] (0 prepares |0⟩, 1 prepares |1⟩)")
        new = QuantumCausalCircuit(self.ruleset, gate=self.gate, strength_to_angle=self.strength_to_angle)
        new.strengths = self.strengths
        new.interventions = {**self.interventions, variable: value}
        return new

    def extra_repr(self) -> str:
        done = f", interventions={self.interventions}" if self.interventions else ""
        return f"qubits={self.qubits}, edges={len(self.edges)}, gate={self.gate!r}, " \
               f"strength_to_angle={self.strength_to_angle!r}{done}"
