"""model.train(dataset, causal_discovery=True): the plain training loop on text, and the rules it mines."""

import json

import pytest
import torch

from causaltorch.errors import DataError
from causaltorch.models import CausalLanguageModel, cnsg
from causaltorch.text.fit import read_texts

pytest.importorskip("tokenizers")

SMOKE = ["Smoke causes coughing.", "The fire made smoke.", "Smoke causes coughing in children."] * 2
RAIN = ["Rain causes flooding.", "The storm brought rain.", "Heavy rain causes flooding."] * 2


def small(**overrides):
    torch.manual_seed(0)
    return CausalLanguageModel(vocab_size=4000, hidden_dim=32, num_layers=1, max_seq_length=64, **overrides)


def pairs(model):
    return sorted((rule.cause, rule.effect) for rule in model.causal_rules.rules)


def test_causal_discovery_attaches_the_rules_the_data_states():
    smoke, rain = small(), small()
    found = smoke.train(SMOKE, causal_discovery=True, epochs=1).discovered_rules
    rain.train(RAIN, causal_discovery=True, epochs=1)
    assert pairs(smoke) == [("smoke", "coughing")] and [(r.cause, r.effect) for r in found.rules] == pairs(smoke)
    assert pairs(rain) == [("heavy_rain", "flooding"), ("rain", "flooding")]
    assert smoke.config.causal_rules == smoke.causal_rules.to_dict()  # saved with the model


def test_without_causal_discovery_the_rules_stay_as_they_were():
    model = small(causal_rules={"heat": {"effect": "evaporation", "strength": 0.7}})
    result = model.train(SMOKE, epochs=1)
    assert pairs(model) == [("heat", "evaporation")] and len(result.discovered_rules) == 0


def test_discovered_rules_join_the_models_own():
    model = small(causal_rules={"heat": {"effect": "evaporation", "strength": 0.7}})
    model.train(SMOKE, causal_discovery=True, epochs=1)
    assert pairs(model) == [("heat", "evaporation"), ("smoke", "coughing")]


def test_the_loss_falls_over_the_epochs():
    result = small().train(SMOKE + RAIN, epochs=4, learning_rate=3e-3)
    assert len(result.epoch_losses) == 4 and result.epoch_losses[-1] < result.epoch_losses[0] - 0.5
    assert result.steps == 4  # one batch of blocks per epoch


def test_generation_follows_the_discovered_rules():
    guided, plain = small(), small()
    guided.train(SMOKE, causal_discovery=True, epochs=3, learning_rate=3e-3)
    plain.train(SMOKE, causal_discovery=False, epochs=3, learning_rate=3e-3)
    prompt = "There was smoke, so"
    assert "coughing" in guided.generate(prompt, do_sample=False, max_new_tokens=8)[len(prompt):]
    assert "coughing" not in plain.generate(prompt, do_sample=False, max_new_tokens=8)[len(prompt):]


def test_train_with_a_bool_is_pytorchs_mode_switch_and_training_restores_the_mode():
    model = small()
    assert model.train(False) is model and not model.training
    assert model.train() is model and model.training
    model.eval()
    model.train(SMOKE, epochs=1)
    assert not model.training
    with pytest.raises(DataError, match="takes no options"):
        model.train(True, epochs=2)
    with pytest.raises(DataError, match="Unknown train\\(\\) option"):
        model.train(SMOKE, epoch=2)


def test_bad_training_arguments_change_nothing():
    model = small()
    before = {name: value.clone() for name, value in model.state_dict().items()}
    for options in ({"epochs": 0}, {"learning_rate": -1.0}, {"block_size": 1}, {"causal_discovery": "yes"}):
        with pytest.raises(DataError):
            model.train(SMOKE, **options)
    assert all(torch.equal(before[name], value) for name, value in model.state_dict().items())
    assert len(model.causal_rules) == 0


def test_a_model_too_small_for_the_bundled_tokenizer_says_what_to_pass():
    model = cnsg(vocab_size=97, d_model=16, n_heads=2, n_layers=1)
    with pytest.raises(DataError, match="Training on text needs a tokenizer: pass tokenizer="):
        model.train(SMOKE)


class FakeDataset:
    """What ``datasets.load_dataset("text", ...)["train"]`` looks like to a reader."""

    column_names = ["text"]

    def __init__(self, texts):
        self.texts = texts

    def __getitem__(self, key):
        return self.texts if key == "text" else {"text": self.texts[key]}


def test_read_texts_accepts_what_a_user_would_pass(tmp_path):
    path = tmp_path / "train.txt"
    path.write_text("Smoke causes coughing.\n\nRain causes flooding.\n", encoding="utf-8")
    expected = ["Smoke causes coughing.", "Rain causes flooding."]
    assert read_texts(path) == read_texts(str(path)) == expected
    assert read_texts(FakeDataset(expected)) == read_texts({"train": FakeDataset(expected)}) == expected
    assert read_texts([{"text": text} for text in expected]) == read_texts({"text": expected}) == expected
    assert json.loads(json.dumps(read_texts(iter(expected)))) == expected


@pytest.mark.parametrize("dataset, message", [
    ("no/such/file.txt", "No text file at"),
    ([], "holds no text"),
    (["fine", 3], "Item 1 of the dataset is int"),
    (5, "Cannot read texts from int"),
])
def test_unreadable_datasets_are_named(dataset, message):
    with pytest.raises(DataError, match=message):
        read_texts(dataset)
