"""The model registry: safetensors artifacts, MLflow versions and aliases, bit-identical round trips per family."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import torch

pytest.importorskip("mlflow")

from causaltorch.mlops import CausalMLOps, MLOpsError  # noqa: E402
from causaltorch.models import CausalImageGenerator, CausalVisionTransformer, CNSGNet, cnsg  # noqa: E402
from causaltorch.rules import CausalRuleSet  # noqa: E402


@pytest.fixture(scope="module")
def mlops(tmp_path_factory):
    return CausalMLOps("registry", "models", root=tmp_path_factory.mktemp("store"))


def weather():
    ruleset = CausalRuleSet(name="weather")
    ruleset.add_rule("rain", "wet_ground", strength=0.9)
    return ruleset


def text_model():
    model = cnsg(vocab_size=40, d_model=16, n_layers=1, n_heads=2, causal_rules=weather())
    return model, lambda m: m(torch.arange(8).view(1, 8)).logits


def vision_model():
    model = CausalImageGenerator(8, 8, CausalRuleSet.load("vision"), channels=4)
    z = torch.randn(2, model.config.latent_dim, generator=torch.Generator().manual_seed(1))
    return model, lambda m: m(z)


def vit_model():
    model = CausalVisionTransformer(8, 4, num_classes=2, d_model=8, n_heads=2, n_layers=2)
    images = torch.rand(2, 3, 8, 8, generator=torch.Generator().manual_seed(2))
    return model, lambda m: m(images)[0]


def video_model():
    from causaltorch.video.data import CausalClips
    from causaltorch.video.models import VideoModelConfig

    model = CNSGNet(VideoModelConfig(hidden_channels=8, num_layers=2, temporal_kernel=2, state_map_channels=2))
    start = CausalClips(1, seed=4).frames()[:, 0]
    return model, lambda m: m.generate(start, num_frames=3, seed=0)


def rl_model():
    pytest.importorskip("gymnasium")
    from causaltorch.rl import CausalRLAgent

    agent = CausalRLAgent(5, 2, "dqn", 10, {"seed": 0})
    states = torch.rand(3, 5, generator=torch.Generator().manual_seed(3))
    return agent, lambda m: m.q_network(states)


@pytest.mark.parametrize("build", [text_model, vision_model, vit_model, video_model, rl_model],
                         ids=["text", "vision", "vit", "video", "rl"])
def test_a_registered_model_loads_back_with_identical_outputs(mlops, build):
    model, run = build()
    model.eval()
    name = f"roundtrip-{build.__name__}"
    saved = mlops.model_registry.save_model(model, name, version="1.0.0", metadata={"family": build.__name__})
    loaded, entry = mlops.model_registry.load_model(name, version="1.0.0", with_entry=True)
    loaded.eval()
    assert type(loaded) is type(model)
    with torch.no_grad():
        assert torch.equal(run(model), run(loaded))
    assert entry.metadata == {"family": build.__name__} and entry.version == saved.version == 1
    assert entry.rules == saved.rules


def test_versions_aliases_and_labels_find_the_same_model(mlops):
    first, _ = text_model()
    torch.manual_seed(1)
    second = cnsg(vocab_size=40, d_model=16, n_layers=1, n_heads=2, causal_rules=weather())
    registry = mlops.model_registry
    registry.save_model(first, "native_cnsg", version="2.1.0", metadata={"architecture": "native"})
    registry.save_model(second, "native_cnsg", version="2.2.0", alias="champion")
    assert registry.resolve("native_cnsg").version == 2
    assert registry.resolve("native_cnsg", alias="champion").label == "2.2.0"
    assert registry.resolve("native_cnsg", version=1).label == "2.1.0"
    registry.set_alias("native_cnsg", "champion", "2.1.0")
    champion = registry.load_model("native_cnsg", alias="champion")
    tokens = torch.arange(8).view(1, 8)
    with torch.no_grad():
        assert torch.equal(champion.eval()(tokens).logits, first.eval()(tokens).logits)
        assert not torch.equal(champion(tokens).logits, second.eval()(tokens).logits)
    assert champion.causal_rules.to_dict() == weather().to_dict()


def test_unknown_names_versions_and_aliases_list_what_exists(mlops):
    model, _ = text_model()
    mlops.model_registry.save_model(model, "known", version="0.1")
    with pytest.raises(MLOpsError, match="No registered model 'unknown'.*known"):
        mlops.model_registry.load_model("unknown")
    with pytest.raises(MLOpsError, match=r"no version '9.9'. Versions: 1 \(0.1\)"):
        mlops.model_registry.load_model("known", version="9.9")
    with pytest.raises(MLOpsError, match="no alias 'champion'"):
        mlops.model_registry.load_model("known", alias="champion")
    with pytest.raises(MLOpsError, match="already has a version labelled"):
        mlops.model_registry.save_model(model, "known", version="0.1")


def test_a_version_whose_artifacts_were_deleted_says_so(mlops):
    model, _ = text_model()
    saved = mlops.model_registry.save_model(model, "deleted", version="1")
    shutil.rmtree(Path(saved.source.removeprefix("file://")))
    with pytest.raises(MLOpsError, match="has no artifacts"):
        mlops.model_registry.load_model("deleted")


def test_other_modules_and_bad_metadata_are_refused_before_anything_is_written(mlops):
    registry = mlops.model_registry
    with pytest.raises(MLOpsError, match="stores CausalTorch models"):
        registry.save_model(torch.nn.Linear(2, 2), "linear")
    model, _ = text_model()
    with pytest.raises(MLOpsError, match="JSON"):
        registry.save_model(model, "badmeta", metadata={"when": object()})
    with pytest.raises(MLOpsError, match="name must be"):
        registry.save_model(model, "bad name/with slash")
    assert not registry._exists("linear") and not registry._exists("badmeta")
