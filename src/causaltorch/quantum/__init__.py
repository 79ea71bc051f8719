"""Quantum causal circuits (needs the ``quantum`` extra, PennyLane): `QuantumCausalCircuit` puts one qubit per
variable of a causal graph and one controlled rotation per edge, with trainable strengths and a do-operator."""

from causaltorch._lazy import lazy_exports

_EXPORTS = {
    "QuantumCausalCircuit": "causaltorch.quantum.circuit",
    "QubitLimitError": "causaltorch.quantum.circuit",
    "MAX_QUBITS": "causaltorch.quantum.circuit",
    "noisy_or_angle": "causaltorch.quantum.circuit",
}

__all__ = list(_EXPORTS)

__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)
