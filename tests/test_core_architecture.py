"""FromScratchModelBuilder: every task type builds its model, and the config's causal_config reaches it."""

from __future__ import annotations

import pytest

from causaltorch.core_architecture import FromScratchModelBuilder, list_task_types
from causaltorch.errors import CausalGraphError, DataError, RuleValidationError

RULES = [{"cause": "rain", "effect": "wet_ground", "strength": 0.9},
         {"cause": "wet_ground", "effect": "slippery", "strength": 0.7}]
SIZES = {
    "text_generation": dict(vocab_size=100, n_layers=1, n_heads=2, max_seq_length=16),
    "image_generation": dict(img_size=16),
    "vision_classification": dict(image_size=16, patch_size=8, num_classes=3, n_heads=2, n_layers=1),
    "video_generation": dict(frame_size=32, num_layers=1),
    "multimodal": dict(vocab_size=100, image_size=16, patch_size=8, num_heads=2, num_classes=3),
}


def variables(model) -> list[str]:
    names = getattr(model, "variables", None)
    return list(names) if names is not None else list(model.causal_rules.variables)


def parameters(model) -> int:
    return sum(p.numel() for p in model.parameters())


def test_every_task_type_is_listed():
    assert list_task_types() == sorted([*SIZES, "reinforcement_learning"])
    assert FromScratchModelBuilder().list_task_types() == list_task_types()


@pytest.mark.parametrize("task", sorted(SIZES))
def test_each_task_builds_with_the_config_rules_and_width(task):
    narrow = FromScratchModelBuilder({"causal_config": {"hidden_dim": 16, "causal_rules": RULES}})
    wide = FromScratchModelBuilder({"causal_config": {"hidden_dim": 32, "causal_rules": RULES}})
    model = narrow.build_model(task, **SIZES[task])
    assert variables(model) == ["rain", "wet_ground", "slippery"]
    assert parameters(wide.build_model(task, **SIZES[task])) > parameters(model)  # hidden_dim reaches the model


def test_keyword_arguments_win_over_the_config():
    builder = FromScratchModelBuilder({"causal_config": {"hidden_dim": 16, "causal_rules": RULES}})
    model = builder.build_model("text_generation", d_model=32, causal_rules=RULES[:1], **SIZES["text_generation"])
    assert model.config.d_model == 32 and list(model.causal_rules.variables) == ["rain", "wet_ground"]


def test_unknown_task_types_keys_and_arguments_are_named_errors():
    builder = FromScratchModelBuilder({"causal_config": {"causal_rules": RULES}})
    with pytest.raises(DataError, match="Unknown task_type 'text_generaton'. Did you mean 'text_generation'"):
        builder.build_model("text_generaton")
    with pytest.raises(DataError, match=r"causal_config has unknown keys \['layers'\]; a cnsg takes hidden_dim"):
        FromScratchModelBuilder({"causal_config": {"layers": 3}}).build_model("text_generation")
    with pytest.raises(DataError, match="CausalVisionTransformer cannot be built .* it takes image_size, patch_size"):
        builder.build_model("vision_classification", banana=1)


def test_a_rule_list_with_a_cycle_is_refused():
    cycle = [*RULES, {"cause": "slippery", "effect": "rain", "strength": 0.5}]
    with pytest.raises((CausalGraphError, RuleValidationError), match="cycle"):
        FromScratchModelBuilder({"causal_config": {"causal_rules": cycle}}).build_model("video_generation")
