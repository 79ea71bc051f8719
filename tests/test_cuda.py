"""The causal core runs on CUDA unchanged (skipped where no GPU is present)."""

import pytest
import torch

from causaltorch import CausalRuleSet, StructuralCausalModel
from causaltorch.layers import CausalLinear, CausalSymbolicLayer, TemporalCausalConv

pytestmark = pytest.mark.skipif(not torch.cuda.is_available(), reason="needs a CUDA device")


def test_sampling_do_counterfactual_and_rollout_stay_on_the_gpu():
    rules = CausalRuleSet.load("weather")
    scm = StructuralCausalModel(rules).cuda()
    assert scm.sample(1000).device.type == "cuda"
    wet = scm.do(rain=1.0).sample(100_000, as_dict=True)["wet_ground"]
    assert wet.device.type == "cuda" and abs(wet.mean().item() - (1 - 0.95 * 0.1)) < 0.005
    cf = scm.counterfactual({"rain": 1.0, "wet_ground": 1.0}, {"rain": 0.0}, as_dict=True)
    assert cf["wet_ground"].device.type == "cuda"
    assert abs(cf["wet_ground"].item() - 0.05 / (1 - 0.95 * 0.1)) < 1e-5
    assert scm.rollout(12, {"rain": {3: 1.0}}, n=4).device.type == "cuda"


def test_linear_model_fits_and_scores_on_the_gpu():
    rules = CausalRuleSet()
    rules.add_rule("x", "y", 0.8)
    scm = StructuralCausalModel(rules, "linear").cuda().double()
    data = scm.sample(20_000)
    fitted = StructuralCausalModel(rules, "linear").cuda().double().fit(data)
    assert abs(fitted.mechanisms["y"].weights.item() - 0.8) < 0.03
    assert fitted.log_prob(data).device.type == "cuda"


def test_layers_run_on_the_gpu():
    rules = CausalRuleSet.load("weather")
    d = len(rules.variables)
    assert CausalSymbolicLayer(rules).cuda()(torch.rand(4, d, device="cuda")).device.type == "cuda"
    assert CausalLinear(d, d, rules).cuda()(torch.rand(4, d, device="cuda")).device.type == "cuda"
    conv = TemporalCausalConv(3, 4, causal_rules=rules).cuda()
    state = StructuralCausalModel(rules).cuda().rollout(5, n=2)
    assert conv(torch.rand(2, 3, 5, 8, 8, device="cuda"), state).shape == (2, 4, 5, 8, 8)
