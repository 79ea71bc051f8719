"""`causaltorch vision train|generate|explain`: what they write, print and refuse."""

import pytest

import causaltorch.cli as cli

pytest.importorskip("lightning")


def run(capsys, *argv):
    code = cli.main([str(a) for a in argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture(scope="module")
def trained(tmp_path_factory):
    out = tmp_path_factory.mktemp("vision-run")
    assert cli.main(["vision", "train", "--dataset", "causal-scenes", "--steps", "2", "--out", str(out),
                     "--batch-size", "4", "--channels", "4", "--latent-dim", "12", "--progress-bar", "none"]) == 0
    return out


def test_train_writes_a_generator_logs_and_a_checkpoint(trained):
    assert (trained / "model" / "model.safetensors").is_file()
    assert (trained / "model" / "config.json").is_file()
    assert (trained / "checkpoints" / "last.ckpt").is_file()
    assert list((trained / "logs").rglob("metrics.csv"))


def test_generate_with_do_writes_a_png_grid_and_reports_the_latent(trained, tmp_path, capsys):
    grid = tmp_path / "grid.png"
    code, out, _ = run(capsys, "vision", "generate", "--model", trained / "model", "--do", "rain=1", "-n", "4",
                       "-o", grid, "--compare")
    assert code == 0 and grid.read_bytes()[:4] == b"\x89PNG"
    assert "rain=1.00" in out and "wet_ground=" in out


@pytest.mark.parametrize("do, message", [("rainn=1", "Did you mean 'rain'"), ("rain=2", "outside [0, 1]"),
                                         ("rain", "expected the form")])
def test_generate_refuses_bad_interventions(trained, tmp_path, capsys, do, message):
    code, _, err = run(capsys, "vision", "generate", "--model", trained / "model", "--do", do, "-o", tmp_path / "g.png")
    assert code == 2 and message in err and not (tmp_path / "g.png").exists()


def test_generate_refuses_rules_over_other_variables(trained, tmp_path, capsys):
    code, _, err = run(capsys, "vision", "generate", "--model", trained / "model", "--rules", "weather",
                       "-o", tmp_path / "g.png")
    assert code == 2 and "trained on" in err


def test_explain_prints_the_prediction_and_the_causal_path(tmp_path, capsys):
    import torch

    from causaltorch.vision.data import SCENE_CLASSES, CausalScenes, save_image_grid, vision_rules
    from causaltorch.vision.vit import CausalVisionTransformer

    model = CausalVisionTransformer(32, 8, num_classes=4, d_model=16, n_heads=2, n_layers=1,
                                    causal_rules=vision_rules(), class_names=list(SCENE_CLASSES))
    model.save_pretrained(tmp_path / "vit")
    save_image_grid(CausalScenes(1, 32).images(), tmp_path / "scene.png", nrow=1, scale=1)
    code, out, _ = run(capsys, "vision", "explain", tmp_path / "scene.png", "--model", tmp_path / "vit")
    assert code == 0 and "predicted class:" in out and "causal path:" in out
    assert any(name in out for name in SCENE_CLASSES)
    assert torch.is_tensor(model.pos_embed)
