import json
import math
import shutil

import pytest
import torch

from causaltorch.errors import CheckpointError, DataError
from causaltorch.text import pretrained
from causaltorch.text.corpus import load_corpus
from causaltorch.text.pretrained import (
    PretrainedModelError,
    check_pretrained,
    load_pretrained_model,
    pretrained_path,
)

SHIPPED = pretrained_path("causal-small")


@pytest.fixture(scope="module")
def model():
    return load_pretrained_model("causal-small")


@pytest.fixture
def copy(tmp_path, monkeypatch):
    """A copy of the shipped model that `load_pretrained_model("causal-small")` reads instead."""
    folder = tmp_path / "causal-small"
    shutil.copytree(SHIPPED, folder)
    monkeypatch.setattr(pretrained, "pretrained_path", lambda name="causal-small": folder)
    return folder


def _rewrite_manifest(folder):
    """Record the folder's current files in its manifest (as if a corrupt file had been installed with it)."""
    import hashlib

    manifest = json.loads((folder / "manifest.json").read_text())
    for name in manifest["files"]:
        data = (folder / name).read_bytes()
        manifest["files"][name] = {"bytes": len(data), "sha256": hashlib.sha256(data).hexdigest()}
    (folder / "manifest.json").write_text(json.dumps(manifest))


def test_the_shipped_model_is_complete_small_and_logged():
    assert check_pretrained("causal-small") == SHIPPED
    assert (SHIPPED / "model.safetensors").stat().st_size <= 30 * 2**20
    for name in ("config.json", "tokenizer.json", "tokenizer_config.json", "training_log.csv", "training_log.json"):
        assert (SHIPPED / name).is_file(), name
    log = json.loads((SHIPPED / "training_log.json").read_text())
    assert log["corpus"]["tokens"]["train"] >= 5_000_000
    assert log["training"]["tokens_seen"] == log["training"]["steps_done"] * log["training"]["block_size"] * log[
        "training"]["batch_size"]
    assert "train_loss" in (SHIPPED / "training_log.csv").read_text().splitlines()[0]


def test_the_shipped_model_loads_with_its_tokenizer_and_generates(model):
    assert not model.training
    config = model.config
    assert (config.d_model, config.n_layers, config.n_heads) == (256, 4, 4)
    assert 3_000_000 <= sum(p.numel() for p in model.parameters()) <= 10_000_000
    assert model.tokenizer is not None and model.tokenizer.vocab_size == config.vocab_size == 3876
    text = model.generate("If it rains,", max_new_tokens=12)
    assert isinstance(text, str) and text.startswith("If it rains,") and len(text) > len("If it rains,")


def test_the_shipped_model_is_trained_not_random(model):
    """Perplexity on lines of the shipped corpus's valid split: a random model scores about the vocabulary
    size (3876); the trained one far below it (its training log holds the full-split number)."""
    from causaltorch.metrics.text import perplexity

    lines = load_corpus("valid")[:64]
    trained = perplexity(model, lines)
    assert trained < 30
    log = json.loads((SHIPPED / "training_log.json").read_text())
    assert math.isfinite(log["evaluation"]["shipped_valid_perplexity"])


def test_a_missing_weights_file_is_a_named_error(copy):
    (copy / "model.safetensors").unlink()
    with pytest.raises(PretrainedModelError, match="missing .*model.safetensors"):
        load_pretrained_model("causal-small")


def test_a_missing_manifest_is_a_named_error(copy):
    (copy / "manifest.json").unlink()
    with pytest.raises(PretrainedModelError, match="not installed"):
        load_pretrained_model()


@pytest.mark.parametrize("damage", ["flip", "truncate"])
def test_a_corrupt_weights_file_is_a_named_error(copy, damage):
    path = copy / "model.safetensors"
    data = bytearray(path.read_bytes())
    if damage == "flip":
        data[len(data) // 2] ^= 0xFF
    else:
        data = data[: len(data) - 100]
    path.write_bytes(bytes(data))
    with pytest.raises(PretrainedModelError, match="corrupt"):
        load_pretrained_model()


def test_corrupt_weights_that_match_their_manifest_still_fail_the_checked_loader(copy):
    from safetensors.torch import load_file, save_file

    tensors = load_file(copy / "model.safetensors")
    name = next(iter(tensors))
    tensors[name] = torch.full_like(tensors[name], float("nan"))
    save_file(tensors, copy / "model.safetensors", metadata={"format": "pt"})
    _rewrite_manifest(copy)
    with pytest.raises(PretrainedModelError, match="cannot be loaded") as caught:
        load_pretrained_model()
    assert isinstance(caught.value, CheckpointError)


def test_a_corrupt_manifest_is_a_named_error(copy):
    (copy / "manifest.json").write_text("{not json")
    with pytest.raises(PretrainedModelError, match="manifest"):
        load_pretrained_model()


def test_an_unknown_name_is_a_data_error_listing_the_shipped_models():
    with pytest.raises(DataError, match="causal-small"):
        load_pretrained_model("causal-huge")


def test_rules_given_at_load_are_the_models_rules(model):
    from causaltorch.errors import RuleValidationError
    from causaltorch.text.corpus import knowledge_base
    from causaltorch.text.demo import heldout_rules

    rules = heldout_rules(knowledge_base())
    guided = load_pretrained_model(causal_rules=rules)
    assert set(guided.causal_rules.variables) == set(rules.variables)
    assert guided.config.causal_rules is not None
    assert not model.causal_rules.variables  # the shipped model has no rules of its own
    with pytest.raises((DataError, RuleValidationError)):
        load_pretrained_model(causal_rules={"cause_effect_pairs": "not a list"})


def test_the_package_data_globs_ship_every_file_of_the_bundled_data():
    import fnmatch
    from pathlib import Path

    import tomllib

    root = Path(__file__).resolve().parents[1]
    patterns = tomllib.loads((root / "pyproject.toml").read_text())["tool"]["setuptools"]["package-data"]["causaltorch"]
    package = root / "src" / "causaltorch"
    files = [p.relative_to(package).as_posix() for p in (package / "data").rglob("*") if p.is_file()]
    assert any(f.startswith("data/models/causal-small/") for f in files)
    # setuptools' "**/" spans folders; fnmatch's "*" does too, so "data/*.json" reads as "data/**/*.json"
    missed = [f for f in files if not any(fnmatch.fnmatch(f, p.replace("**/", "")) for p in patterns)]
    assert missed == []
