"""`causaltorch.quantum.QuantumCausalCircuit`: hand-computed statevectors, the do-operator, the comparison with the
classical noisy-OR SCM, fitting strengths through PennyLane's torch interface, and bad input."""

from __future__ import annotations

import importlib.util
import math
import subprocess
import sys

import pytest
import torch

from causaltorch import CausalRule, CausalRuleSet, StructuralCausalModel
from causaltorch.errors import CausalGraphError, DataError, MissingDependencyError, UnknownVariableError
from causaltorch.quantum import MAX_QUBITS, QuantumCausalCircuit, QubitLimitError, noisy_or_angle

needs_pennylane = pytest.mark.skipif(importlib.util.find_spec("pennylane") is None,
                                     reason="needs the quantum extra (pennylane)")
STATE_TOL = 1e-6  # float64 simulation of at most 3 qubits: round-off is ~1e-15, the tolerance is the issue's


def _rules(*edges: tuple[str, str, float], **metadata: dict) -> CausalRuleSet:
    ruleset = CausalRuleSet()
    for name, meta in metadata.items():
        ruleset.add_variable(name, **meta)
    for cause, effect, strength in edges:
        ruleset.add_rule(cause, effect, strength)
    return ruleset


def _p_one(circuit: QuantumCausalCircuit, inputs, variable: str) -> float:
    """P(variable = 1) from ⟨Z⟩."""
    return float((1.0 - circuit.expectations(inputs)[variable].detach()) / 2.0)


def _state(*amplitudes: complex) -> torch.Tensor:
    return torch.tensor(amplitudes, dtype=torch.complex128)


# ---------------------------------------------------------------------------------------------- hand-computed
@needs_pennylane
def test_two_qubit_cry_statevector_matches_hand_computation():
    circuit = QuantumCausalCircuit(_rules(("a", "b", 0.5)))
    # a = 1: |1⟩ ⊗ RY(π/2)|0⟩ = (|10⟩ + |11⟩)/√2
    expected = _state(0, 0, math.cos(math.pi / 4), math.sin(math.pi / 4))
    torch.testing.assert_close(circuit.run({"a": 1.0}), expected, atol=STATE_TOL, rtol=0)
    # a = 0: the control is off, nothing happens to b
    torch.testing.assert_close(circuit.run([0.0, 0.0]), _state(1, 0, 0, 0), atol=STATE_TOL, rtol=0)


@needs_pennylane
def test_half_cause_with_full_strength_entangles_cause_and_effect():
    circuit = QuantumCausalCircuit(_rules(("a", "b", 1.0)))
    # RY(π/2)|0⟩ = (|0⟩ + |1⟩)/√2, then CRY(π) flips b in the |1⟩ branch: the Bell state (|00⟩ + |11⟩)/√2
    expected = _state(1 / math.sqrt(2), 0, 0, 1 / math.sqrt(2))
    torch.testing.assert_close(circuit.run({"a": 0.5}), expected, atol=STATE_TOL, rtol=0)


@needs_pennylane
def test_three_qubit_chain_statevector_matches_hand_computation():
    circuit = QuantumCausalCircuit(_rules(("a", "b", 0.4), ("b", "c", 0.7)))
    half_b, half_c = 0.4 * math.pi / 2, 0.7 * math.pi / 2
    expected = torch.zeros(8, dtype=torch.complex128)
    expected[0b100] = math.cos(half_b)                       # b stayed 0, so c stays 0
    expected[0b110] = math.sin(half_b) * math.cos(half_c)    # b became 1, c rotated by 0.7π
    expected[0b111] = math.sin(half_b) * math.sin(half_c)
    torch.testing.assert_close(circuit.run({"a": 1.0}), expected, atol=STATE_TOL, rtol=0)


@needs_pennylane
def test_three_qubit_collider_adds_the_angles_of_both_parents():
    circuit = QuantumCausalCircuit(_rules(("a", "c", 0.2), ("b", "c", 0.3)))
    assert circuit.variables == ["a", "b", "c"]
    half = (0.2 + 0.3) * math.pi / 2
    expected = torch.zeros(8, dtype=torch.complex128)
    expected[0b110], expected[0b111] = math.cos(half), math.sin(half)
    torch.testing.assert_close(circuit.run([1.0, 1.0, 0.0]), expected, atol=STATE_TOL, rtol=0)
    only_a = torch.zeros(8, dtype=torch.complex128)
    only_a[0b100], only_a[0b101] = math.cos(0.1 * math.pi), math.sin(0.1 * math.pi)
    torch.testing.assert_close(circuit.run({"a": 1.0}), only_a, atol=STATE_TOL, rtol=0)


@needs_pennylane
@pytest.mark.parametrize("strength", [0.1, 0.5, 0.8])
def test_cry_effect_probability_is_sin_squared_of_half_the_angle(strength):
    circuit = QuantumCausalCircuit(_rules(("a", "b", strength)))
    expected = math.sin(strength * math.pi / 2) ** 2
    assert _p_one(circuit, {"a": 1.0}, "b") == pytest.approx(expected, abs=STATE_TOL)
    assert float(circuit.probabilities({"a": 1.0})[0b11].detach()) == pytest.approx(expected, abs=STATE_TOL)


@needs_pennylane
def test_expectations_are_z_per_variable_by_name():
    circuit = QuantumCausalCircuit(_rules(("a", "b", 0.5)))
    expectations = circuit.expectations({"a": 1.0})
    assert set(expectations) == {"a", "b"}
    assert expectations["a"].item() == pytest.approx(-1.0, abs=STATE_TOL)   # |1⟩
    assert expectations["b"].item() == pytest.approx(0.0, abs=STATE_TOL)    # (|0⟩ + |1⟩)/√2


@needs_pennylane
def test_crz_never_changes_what_is_measured_only_phases():
    weak = QuantumCausalCircuit(_rules(("a", "b", 0.2)), gate="crz")
    strong = QuantumCausalCircuit(_rules(("a", "b", 0.9)), gate="crz")
    for circuit in (weak, strong):
        assert _p_one(circuit, {"a": 1.0}, "b") == pytest.approx(0.0, abs=STATE_TOL)
        assert _p_one(circuit, {"a": 1.0, "b": 1.0}, "b") == pytest.approx(1.0, abs=STATE_TOL)
    # the gate is there: RZ(θ)|0⟩ = e^{-iθ/2}|0⟩ on the |10⟩ amplitude
    expected = _state(0, 0, complex(math.cos(0.1 * math.pi), -math.sin(0.1 * math.pi)), 0)
    torch.testing.assert_close(weak.run({"a": 1.0}), expected, atol=STATE_TOL, rtol=0)
    assert not torch.allclose(weak.run({"a": 1.0}), strong.run({"a": 1.0}))


# ---------------------------------------------------------------------------------------------- do-operator
@needs_pennylane
def test_intervene_fixes_the_qubit_and_removes_its_incoming_gates():
    circuit = QuantumCausalCircuit(_rules(("a", "b", 0.4), ("b", "c", 0.7)))
    done = circuit.intervene("b", 1.0)
    for a in (0.0, 1.0):
        expectations = done.expectations({"a": a, "b": 0.0})
        assert expectations["b"].item() == pytest.approx(-1.0, abs=STATE_TOL)      # fixed at 1 whatever a is
        assert expectations["a"].item() == pytest.approx(1.0 - 2.0 * a, abs=STATE_TOL)  # ancestors untouched
        assert _p_one(done, {"a": a}, "c") == pytest.approx(math.sin(0.35 * math.pi) ** 2, abs=STATE_TOL)
    # do(b = 0) cuts a -> b: with a = 1, b and c stay at |0⟩
    assert _p_one(circuit.intervene("b", 0.0), {"a": 1.0}, "c") == pytest.approx(0.0, abs=STATE_TOL)
    # the original circuit is unchanged
    assert circuit.interventions == {}
    assert _p_one(circuit, {"a": 1.0}, "b") == pytest.approx(math.sin(0.2 * math.pi) ** 2, abs=STATE_TOL)


@needs_pennylane
def test_interventions_stack_and_the_later_value_wins():
    circuit = QuantumCausalCircuit(_rules(("a", "b", 0.4), ("b", "c", 0.7)))
    done = circuit.intervene("a", 1.0).intervene("c", 0.0)
    assert done.interventions == {"a": 1.0, "c": 0.0}
    assert _p_one(done, {"a": 0.0}, "b") == pytest.approx(math.sin(0.2 * math.pi) ** 2, abs=STATE_TOL)
    assert _p_one(done, {"a": 0.0}, "c") == pytest.approx(0.0, abs=STATE_TOL)
    assert _p_one(done.intervene("a", 0.0), {"a": 1.0}, "b") == pytest.approx(0.0, abs=STATE_TOL)


@needs_pennylane
def test_intervened_circuit_shares_strengths_and_passes_gradients_back():
    circuit = QuantumCausalCircuit(_rules(("a", "b", 0.4), ("b", "c", 0.7)))
    done = circuit.intervene("b", 1.0)
    assert done.strengths is circuit.strengths
    p_c = (1.0 - done.expectations({"a": 1.0})["c"]) / 2.0
    p_c.backward()
    # d/ds sin²(sπ/2) = (π/2)·sin(sπ) at s = 0.7; the cut edge a -> b gets no gradient
    assert circuit.strengths.grad[1].item() == pytest.approx(math.pi / 2 * math.sin(0.7 * math.pi), abs=1e-9)
    assert circuit.strengths.grad[0].item() == pytest.approx(0.0, abs=1e-12)


# ---------------------------------------------------------------------------------------------- classical SCM
def _scm_p_one(ruleset: CausalRuleSet, interventions: dict, variable: str, n: int = 40_000) -> float:
    torch.manual_seed(0)
    samples = StructuralCausalModel(ruleset).do(interventions).sample(n, as_dict=True)
    return samples[variable].float().mean().item()


SCM_TOL = 0.01  # 40 000 Bernoulli draws: standard error ≤ 0.0025, so 4 standard errors


@needs_pennylane
@pytest.mark.parametrize("strength", [0.2, 0.6, 0.9])
def test_single_edge_agrees_with_noisy_or_under_the_arcsin_map(strength):
    ruleset = _rules(("a", "b", strength), b={"base_rate": 0.0})
    mapped = QuantumCausalCircuit(ruleset, strength_to_angle="noisy_or")
    assert _p_one(mapped, {"a": 1.0}, "b") == pytest.approx(strength, abs=STATE_TOL)
    assert _scm_p_one(ruleset, {"a": 1.0}, "b") == pytest.approx(strength, abs=SCM_TOL)
    # the spec's linear map θ = π·s gives sin²(sπ/2) instead, which is s only at 0, 1/2 and 1
    linear = QuantumCausalCircuit(ruleset)
    assert _p_one(linear, {"a": 1.0}, "b") == pytest.approx(math.sin(strength * math.pi / 2) ** 2, abs=STATE_TOL)


@needs_pennylane
def test_noisy_or_leak_is_not_reproduced_by_the_circuit():
    strength = 0.6
    ruleset = _rules(("a", "b", strength))  # the default leak 0.05 of an effect
    mapped = QuantumCausalCircuit(ruleset, strength_to_angle="noisy_or")
    classical = _scm_p_one(ruleset, {"a": 1.0}, "b")
    assert classical == pytest.approx(strength + 0.05 * (1 - strength), abs=SCM_TOL)
    assert _p_one(mapped, {"a": 1.0}, "b") == pytest.approx(strength, abs=STATE_TOL)


@needs_pennylane
def test_chain_agrees_with_noisy_or_under_the_arcsin_map():
    ruleset = _rules(("a", "b", 0.6), ("b", "c", 0.5), b={"base_rate": 0.0}, c={"base_rate": 0.0})
    mapped = QuantumCausalCircuit(ruleset, strength_to_angle="noisy_or")
    assert _p_one(mapped, {"a": 1.0}, "c") == pytest.approx(0.6 * 0.5, abs=STATE_TOL)
    assert _scm_p_one(ruleset, {"a": 1.0}, "c") == pytest.approx(0.3, abs=SCM_TOL)
    # and under do(b = 1) on both sides
    assert _p_one(mapped.intervene("b", 1.0), {"a": 0.0}, "c") == pytest.approx(0.5, abs=STATE_TOL)
    assert _scm_p_one(ruleset, {"a": 0.0, "b": 1.0}, "c") == pytest.approx(0.5, abs=SCM_TOL)


@needs_pennylane
def test_two_parents_cannot_agree_with_noisy_or_because_angles_add():
    ruleset = _rules(("a", "c", 0.5), ("b", "c", 0.5), c={"base_rate": 0.0})
    mapped = QuantumCausalCircuit(ruleset, strength_to_angle="noisy_or")
    # each edge alone matches (θ = π/2 → 1/2), together the angles add to π: P = 1, not 1 − (1 − ½)² = ¾
    assert _p_one(mapped, {"a": 1.0}, "c") == pytest.approx(0.5, abs=STATE_TOL)
    assert _p_one(mapped, {"a": 1.0, "b": 1.0}, "c") == pytest.approx(1.0, abs=STATE_TOL)
    assert _scm_p_one(ruleset, {"a": 1.0, "b": 1.0}, "c") == pytest.approx(0.75, abs=SCM_TOL)


@needs_pennylane
def test_negative_strength_suppresses_an_excited_effect_but_excites_from_zero():
    ruleset = _rules(("a", "b", -0.4), b={"base_rate": 1.0})
    mapped = QuantumCausalCircuit(ruleset, strength_to_angle="noisy_or")
    # effect input 1 (≈ leak 1): P(b = 1) = cos²(θ/2) = 1 − |s|, the noisy-OR inhibitor's value
    assert _p_one(mapped, {"a": 1.0, "b": 1.0}, "b") == pytest.approx(0.6, abs=STATE_TOL)
    assert _scm_p_one(ruleset, {"a": 1.0}, "b") == pytest.approx(0.6, abs=SCM_TOL)
    # from |0⟩ the negative rotation excites as much as a positive one would: only |amplitude|² is measured
    assert _p_one(mapped, {"a": 1.0}, "b") == pytest.approx(0.4, abs=STATE_TOL)


def test_noisy_or_angle_reproduces_the_causal_power():
    strengths = torch.tensor([-1.0, -0.3, 0.0, 0.25, 1.0], dtype=torch.float64)
    angles = noisy_or_angle(strengths)
    torch.testing.assert_close(torch.sin(angles / 2) ** 2, strengths.abs(), atol=1e-12, rtol=0)
    assert torch.equal(torch.sign(angles), torch.sign(strengths))


# ---------------------------------------------------------------------------------------------- fitting
@needs_pennylane
def test_strengths_fitted_by_gradient_descent_recover_the_true_ones():
    truth = QuantumCausalCircuit(_rules(("a", "b", 0.3), ("b", "c", 0.7)))
    generator = torch.Generator().manual_seed(0)
    shots = 4000
    with torch.no_grad():
        outcomes = torch.multinomial(truth.probabilities({"a": 1.0}).float(), shots, replacement=True,
                                     generator=generator)
    counts = torch.bincount(outcomes, minlength=8).to(torch.float64)

    model = QuantumCausalCircuit(_rules(("a", "b", 0.5), ("b", "c", 0.5)))
    optimizer = torch.optim.Adam(model.parameters(), lr=0.03)
    for _ in range(150):
        optimizer.zero_grad()
        nll = -(counts * model.probabilities({"a": 1.0}).clamp_min(1e-12).log()).sum() / shots
        nll.backward()
        optimizer.step()
    # standard errors of the fitted strengths are ≈ 0.005 (a -> b) and ≈ 0.011 (b -> c): 0.04 is > 3.5 of them
    torch.testing.assert_close(model.strengths.detach(), torch.tensor([0.3, 0.7], dtype=torch.float64),
                               atol=0.04, rtol=0)


# ---------------------------------------------------------------------------------------------- inputs
@needs_pennylane
def test_accepts_rule_dicts_and_orders_qubits_topologically():
    circuit = QuantumCausalCircuit({"cause_effect_pairs": [{"cause": "wet", "effect": "slip", "strength": 1.0},
                                                           {"cause": "rain", "effect": "wet", "strength": 1.0}]})
    assert circuit.variables == ["rain", "wet", "slip"]
    assert circuit.qubits == 3
    assert _p_one(circuit, [1.0, 0.0, 0.0], "slip") == pytest.approx(1.0, abs=STATE_TOL)


@needs_pennylane
def test_accepts_arrays_and_tensors_in_variable_order():
    import numpy as np

    circuit = QuantumCausalCircuit(_rules(("a", "b", 0.5)))
    expected = circuit.run([1.0, 0.0]).detach()
    torch.testing.assert_close(circuit.run(np.array([1.0, 0.0])).detach(), expected, atol=STATE_TOL, rtol=0)
    torch.testing.assert_close(circuit.run(torch.tensor([1.0, 0.0])).detach(), expected, atol=STATE_TOL, rtol=0)
    with pytest.raises(DataError, match="input value of 'a'"):
        circuit.run(torch.tensor([[1.0, 0.0]]).T)


def test_refuses_more_variables_than_the_qubit_limit():
    ruleset = CausalRuleSet([CausalRule(f"v{i}", f"v{i + 1}", 0.5) for i in range(MAX_QUBITS)])
    assert len(ruleset.variables) == MAX_QUBITS + 1
    with pytest.raises(QubitLimitError, match=f"21 variables .* at most {MAX_QUBITS} qubits"):
        QuantumCausalCircuit(ruleset)


def test_refuses_an_empty_graph():
    with pytest.raises(CausalGraphError, match="needs at least one variable"):
        QuantumCausalCircuit(CausalRuleSet())


def test_refuses_lagged_rules():
    ruleset = CausalRuleSet([CausalRule("a", "b", 0.5, temporal_offset=2)])
    with pytest.raises(CausalGraphError, match="a -> b \\(offset 2\\)"):
        QuantumCausalCircuit(ruleset)


def test_refuses_unknown_gate_and_angle_map():
    with pytest.raises(DataError, match="gate must be one of 'cry', 'crz'"):
        QuantumCausalCircuit(_rules(("a", "b", 0.5)), gate="cnot")
    with pytest.raises(DataError, match="strength_to_angle"):
        QuantumCausalCircuit(_rules(("a", "b", 0.5)), strength_to_angle="square")


@pytest.mark.parametrize("bad", [1.5, -0.1, float("nan"), "1", True])
def test_refuses_input_values_outside_zero_one(bad):
    circuit = QuantumCausalCircuit(_rules(("a", "b", 0.5)))
    with pytest.raises(DataError, match="input value of 'a' must be a number in \\[0, 1\\]"):
        circuit.run({"a": bad})
    with pytest.raises(DataError, match="intervention value of 'a'"):
        circuit.intervene("a", bad)


def test_refuses_wrong_length_and_unknown_names():
    circuit = QuantumCausalCircuit(_rules(("rain", "wet", 0.5)))
    with pytest.raises(DataError, match="3 values but the circuit has 2 qubits"):
        circuit.run([1.0, 0.0, 0.0])
    with pytest.raises(UnknownVariableError, match="Did you mean 'rain'"):
        circuit.run({"rainn": 1.0})
    with pytest.raises(UnknownVariableError, match="Did you mean 'wet'"):
        circuit.intervene("wett", 1.0)


def test_missing_pennylane_raises_the_named_error(monkeypatch):
    circuit = QuantumCausalCircuit(_rules(("a", "b", 0.5)))
    monkeypatch.setitem(sys.modules, "pennylane", None)
    with pytest.raises(MissingDependencyError, match=r"causaltorch\[quantum\]"):
        circuit.run({"a": 1.0})


def test_building_a_circuit_does_not_import_pennylane():
    code = ("import sys; from causaltorch.quantum import QuantumCausalCircuit; "
            "QuantumCausalCircuit({'cause_effect_pairs': [{'cause': 'a', 'effect': 'b'}]}); "
            "print('pennylane' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


# ---------------------------------------------------------------------------------------------- the spec
@needs_pennylane
def test_spec_L2250_quantum_causal_circuit_from_a_networkx_graph_runs_to_a_statevector():
    import networkx as nx

    causal_graph = nx.DiGraph()
    causal_graph.add_edge("rain", "wet_ground", strength=0.9)
    input_state = [1.0, 0.0]  # rain on, wet ground starting dry

    circuit = QuantumCausalCircuit(causal_graph)
    statevector = circuit.run(input_state)

    assert circuit.qubits == len(causal_graph.nodes)
    assert statevector.shape == (4,)
    p_wet = (statevector.detach().abs()[0b11] ** 2).item()
    assert p_wet == pytest.approx(math.sin(0.9 * math.pi / 2) ** 2, abs=STATE_TOL)
    # the spec's gate, CRZ, is available too, and (measured) leaves the effect where it was
    spec_gate = QuantumCausalCircuit(causal_graph, gate="crz").run(input_state)
    assert float(spec_gate.detach().abs()[0b11] ** 2) == pytest.approx(0.0, abs=STATE_TOL)
