"""Model folders, checkpoints and size requests under hostile and careless input (issue 14).

High 3: a config is checked against its weights' header, and every size against the memory available, before
anything is allocated. Medium 7: NaN / inf weights, weights of a dtype the model does not use, config values of
the wrong type and token ids outside the vocabulary are refused with a named `CheckpointError`. Low: a checkpoint
that holds code is refused without PyTorch's hint to load it unsafely. Every refusal here comes before any
allocation, so each test is fast; none allocates to prove a limit.
"""

import json
import os
import re
import struct
import sys
import time
import zlib

import pytest
import torch

import causaltorch._checkpoint as checkpoint
import causaltorch.cli as cli
from causaltorch.errors import CheckpointError, DataError
from causaltorch.rules import CausalRuleSet
from causaltorch.text.config import CausalTransformerConfig
from causaltorch.text.model import CausalTransformer
from causaltorch.video.data import CausalClips
from causaltorch.video.gif import write_frame_grid, write_gif
from causaltorch.video.models import CNSGNet, VideoModelConfig
from causaltorch.vision.data import CausalScenes, save_image_grid
from causaltorch.vision.generator import CausalDiscriminator, CausalImageGenerator
from causaltorch.vision.multimodal import MultimodalCausalTransformer
from causaltorch.vision.vit import CausalVisionTransformer

safetensors_torch = pytest.importorskip("safetensors.torch")

FAST = 5.0  # seconds: every refusal below comes before any allocation or training; a minute means it did not


def tiny_text() -> CausalTransformer:
    return CausalTransformer(50, hidden_dim=16, num_layers=2, num_heads=2, max_seq_length=16)


def tiny_generator() -> CausalImageGenerator:
    return CausalImageGenerator(8, 8, CausalRuleSet.load("vision"), channels=4)


def tiny_vit() -> CausalVisionTransformer:
    return CausalVisionTransformer(8, 4, num_classes=2, d_model=8, n_heads=2, n_layers=2)


def tiny_video() -> CNSGNet:
    return CNSGNet(VideoModelConfig(hidden_channels=4, num_layers=2, state_map_channels=2, num_frames=4))


FAMILIES = {"text": (tiny_text, CausalTransformer), "generator": (tiny_generator, CausalImageGenerator),
            "vit": (tiny_vit, CausalVisionTransformer), "video": (tiny_video, CNSGNet)}


@pytest.fixture(params=sorted(FAMILIES))
def saved(request, tmp_path):
    """``(folder, model class, family)`` of a freshly saved tiny model of each family."""
    build, cls = FAMILIES[request.param]
    build().save_pretrained(tmp_path)
    return tmp_path, cls, request.param


def edit_config(folder, **changes):
    config = json.loads((folder / "config.json").read_text())
    config.update(changes)
    (folder / "config.json").write_text(json.dumps(config))


def edit_weights(folder, change):
    tensors = safetensors_torch.load_file(str(folder / "model.safetensors"))
    change(tensors)
    safetensors_torch.save_file(tensors, str(folder / "model.safetensors"))


def refused_fast(error, match, call, *args, **kwargs):
    start = time.perf_counter()
    with pytest.raises(error, match=match):
        call(*args, **kwargs)
    assert time.perf_counter() - start < FAST


def few_bytes_available(monkeypatch, nbytes=2**20):
    """Pretend the machine has ``nbytes`` free, and that even small requests must fit in it."""
    monkeypatch.setattr(checkpoint, "available_memory", lambda device=None: nbytes)
    monkeypatch.setattr(checkpoint, "ALWAYS_FITS", 0)


# ---------------------------------------------------------------------------------------- High 3: sizes
# the depth field and a width field of each family's config, made absurd
ABSURD = {"text": [{"vocab_size": 10**10}, {"n_layers": 200_000}, {"d_model": 2**20, "n_heads": 1}],
          "generator": [{"channels": 10**6}, {"latent_dim": 10**9}],
          "vit": [{"n_layers": 200_000}, {"d_model": 2**20, "n_heads": 1}],
          "video": [{"num_layers": 200_000}, {"hidden_channels": 10**6}]}


def test_a_config_asking_for_far_more_than_its_weights_is_refused_before_building(saved):
    folder, cls, family = saved
    for change in ABSURD[family]:
        edit_config(folder, **change)
        refused_fast(CheckpointError, r"describes a model with [\d,]+ weights, but .*model\.safetensors holds",
                     cls.from_pretrained, folder)


def test_a_config_whose_shapes_differ_from_its_weights_names_them(saved):
    folder, cls, family = saved
    smaller = {"text": {"d_model": 8, "n_heads": 2}, "generator": {"channels": 2}, "vit": {"d_model": 4},
               "video": {"hidden_channels": 2}}[family]
    edit_config(folder, **smaller)
    with pytest.raises(CheckpointError, match=r"do not match its config\.json .*wrong shape"):
        cls.from_pretrained(folder)


@pytest.mark.parametrize("build", [
    lambda: CausalTransformer(CausalTransformerConfig(vocab_size=10**10)),
    lambda: CausalTransformer(100, hidden_dim=64, num_layers=10**7, num_heads=1),
    lambda: CausalImageGenerator(8, 8, CausalRuleSet.load("vision"), channels=10**6),
    lambda: CausalDiscriminator(64, channels=10**6),
    lambda: CausalVisionTransformer(2**16, 1, d_model=8, n_heads=1, n_layers=1),
    lambda: CNSGNet(VideoModelConfig(hidden_channels=10**6)),
], ids=["text-vocab", "text-layers", "generator", "discriminator", "vit-patches", "video"])
def test_a_model_too_large_for_memory_is_refused_before_allocating(build):
    refused_fast(DataError, r"\(its weights alone\) needs about [\d,.]+ [GM]iB, more than the .* available; choose",
                 build)


def test_the_config_alone_may_describe_a_model_larger_than_memory():
    assert CausalTransformerConfig(vocab_size=10**10).vocab_size == 10**10  # a description allocates nothing


def test_loading_a_model_that_does_not_fit_in_memory_is_refused(saved, monkeypatch):
    folder, cls, _ = saved
    few_bytes_available(monkeypatch, 64)
    with pytest.raises(CheckpointError, match=r"Loading .*model\.safetensors needs about .* available"):
        cls.from_pretrained(folder)


def test_small_requests_pass_even_when_the_machine_reports_no_memory_free(monkeypatch):
    monkeypatch.setattr(checkpoint, "available_memory", lambda device=None: 0)
    assert tiny_text().config.n_layers == 2  # a busy machine's estimate is no reason to refuse 30 kB


def test_an_address_space_limit_counts_as_the_memory_available(monkeypatch):
    import resource

    mapped = checkpoint._meminfo("/proc/self/status", "VmSize:")
    if mapped is None:
        pytest.skip("no /proc/self/status here")
    monkeypatch.setattr(resource, "getrlimit", lambda kind: (mapped + 2**20, resource.RLIM_INFINITY))
    assert checkpoint.available_memory("cpu") <= 2**20


def test_the_memory_estimate_counts_what_a_model_holds():
    model = CausalTransformer(50, hidden_dim=16, num_layers=5, num_heads=2, max_seq_length=16)
    held = sum(t.numel() * t.element_size() for t in (*model.parameters(), *model.buffers()))
    estimate = checkpoint._at_depths(lambda n: CausalTransformer(50, hidden_dim=16, num_layers=n, num_heads=2,
                                                                 max_seq_length=16), 5, checkpoint._state_bytes)
    assert estimate == held  # extrapolated from one and two layers; the tied head counted once


def test_generating_more_pictures_than_memory_holds_is_refused_before_sampling():
    generator = tiny_generator()
    refused_fast(DataError, r"Generating 1000000000 pictures .* needs about .* available; ask for fewer",
                 generator.generate, 10**9)


def test_the_generation_estimate_grows_with_the_pictures_and_their_size():
    small, large = tiny_generator(), CausalImageGenerator(8, 32, CausalRuleSet.load("vision"), channels=4)
    assert small.generation_bytes(10) == 10 * small.generation_bytes(1)
    assert large.generation_bytes(1) > 8 * small.generation_bytes(1)  # 16x the pixels


def test_an_image_grid_too_large_for_memory_is_refused_before_drawing(tmp_path):
    refused_fast(DataError, r"A grid of 2 pictures enlarged 100000 times .* available; write fewer",
                 save_image_grid, torch.zeros(2, 3, 8, 8), tmp_path / "grid.png", scale=100_000)
    assert not list(tmp_path.iterdir())


def test_a_clip_longer_than_memory_holds_is_refused_before_generating():
    model = tiny_video()
    first = torch.rand(3, 32, 32)
    refused_fast(DataError, r"Generating 1 clip\(s\) of 1000000000 frames needs about", model.generate, first,
                 num_frames=10**9)
    refused_fast(DataError, r"Rolling out 1 causal state\(s\) of 1000000000 frames", model.rollout_state, 10**9)


def test_a_dataset_of_more_clips_than_memory_holds_is_refused_before_rolling_out():
    refused_fast(DataError, r"The causal states of 1000000000 clips of 24 frames needs about", CausalClips, 10**9)


def test_a_gif_too_large_for_memory_is_refused_before_drawing(tmp_path, monkeypatch):
    few_bytes_available(monkeypatch)
    with pytest.raises(DataError, match=r"A GIF of 200 frames enlarged 4 times needs about"):
        write_gif(torch.rand(200, 3, 32, 32), tmp_path / "clip.gif")
    assert not list(tmp_path.iterdir())


def test_more_scenes_than_memory_holds_are_refused_before_drawing():
    refused_fast(DataError, r"10000000000 scenes needs about .* available; ask for fewer scenes", CausalScenes,
                 10**10)
    scenes = CausalScenes(4)
    assert scenes.images(0, 4).shape == (4, 3, 32, 32)


def test_frame_grids_too_large_for_memory_are_refused_before_drawing(tmp_path, monkeypatch):
    few_bytes_available(monkeypatch)
    with pytest.raises(DataError, match=r"A grid of 200 frames .* needs about"):
        write_frame_grid(torch.rand(200, 3, 32, 32), tmp_path / "grid.png")
    assert not list(tmp_path.iterdir())


def test_a_multimodal_model_too_large_for_memory_is_refused_before_allocating():
    text, vision = tiny_text(), CausalVisionTransformer(8, 4, num_classes=0, d_model=16, n_heads=2, n_layers=1)
    refused_fast(DataError, r"A multimodal model with d_model=1000000 .* needs about", MultimodalCausalTransformer,
                 text, vision, d_model=10**6, num_heads=1)


# ---------------------------------------------------------------------------------------- Medium 7: weights
def first_float(tensors):
    return next(name for name, tensor in tensors.items() if tensor.is_floating_point() and tensor.numel() > 1)


@pytest.mark.parametrize("value", [float("nan"), float("inf")])
def test_weights_holding_nan_or_infinity_are_refused_naming_the_tensor(saved, value):
    folder, cls, _ = saved
    damaged = {}

    def poison(tensors):
        damaged["name"] = first_float(tensors)
        tensors[damaged["name"]].view(-1)[0] = value

    edit_weights(folder, poison)
    with pytest.raises(CheckpointError, match=rf"holds NaN or infinite values in {damaged['name']}"):
        cls.from_pretrained(folder)


@pytest.mark.parametrize("dtype", [torch.int64, torch.bool, torch.uint8])
def test_weights_of_a_dtype_the_model_does_not_use_are_refused(saved, dtype):
    folder, cls, _ = saved
    damaged = {}

    def cast(tensors):
        damaged["name"] = first_float(tensors)
        tensors[damaged["name"]] = tensors[damaged["name"]].to(dtype)

    edit_weights(folder, cast)
    with pytest.raises(CheckpointError, match=rf"stores {damaged['name']} as {dtype}, but the model holds "
                                              "floating-point values there"):
        cls.from_pretrained(folder)


def test_half_precision_weights_still_load(tmp_path):
    model = tiny_text()
    model.half().save_pretrained(tmp_path)
    loaded = CausalTransformer.from_pretrained(tmp_path)
    assert torch.equal(loaded.lm_head.weight, model.lm_head.weight.float())


@pytest.mark.parametrize("cut", ["header", "data"])
def test_a_truncated_weights_file_is_refused_before_reading(saved, cut):
    folder, cls, _ = saved
    data = (folder / "model.safetensors").read_bytes()
    length = int.from_bytes(data[:8], "little")
    (folder / "model.safetensors").write_bytes(data[:8 + length // 2] if cut == "header" else data[:-4])
    message = "is not a safetensors file" if cut == "header" else "the file is truncated"
    with pytest.raises(CheckpointError, match=message):
        cls.from_pretrained(folder)


def test_a_header_claiming_more_bytes_than_the_file_is_refused(saved):
    folder, cls, _ = saved
    data = bytearray((folder / "model.safetensors").read_bytes())
    data[:8] = (2**62).to_bytes(8, "little")
    (folder / "model.safetensors").write_bytes(bytes(data))
    with pytest.raises(CheckpointError, match="is not a safetensors file"):
        cls.from_pretrained(folder)


# ---------------------------------------------------------------------------------------- Medium 7: config types
WRONG_TYPES = {
    "text": [("bias", "no", "bias must be true or false"),
             ("tie_word_embeddings", "false", "tie_word_embeddings must be true or false"),
             ("n_layers", 2.0, "n_layers must be a positive integer"),
             ("dropout", "0.1", r"dropout must be in \[0, 1\)"),
             ("activation", ["gelu"], "activation must be a string"),
             ("causal_rules", "weather", "causal_rules must be a mapping")],
    "generator": [("independent_factors", "false", "independent_factors must be true or false"),
                  ("sparsity", False, "sparsity must be a finite number"),
                  ("channels", True, "channels must be a positive integer")],
    "vit": [("dropout", 1.5, r"dropout must be in \[0, 1\)"),
            ("class_names", "ab", "class_names must be a list of strings"),
            ("n_layers", "2", "n_layers must be a positive integer")],
    "video": [("use_causal_state", "no", "use_causal_state must be true or false"),
              ("num_layers", 2.5, "num_layers must be a positive integer")],
}


def test_config_values_of_the_wrong_type_are_refused_not_coerced(saved):
    folder, cls, family = saved
    original = (folder / "config.json").read_text()
    for key, value, message in WRONG_TYPES[family]:
        (folder / "config.json").write_text(original)
        edit_config(folder, **{key: value})
        with pytest.raises(CheckpointError, match=message):
            cls.from_pretrained(folder)


@pytest.mark.parametrize("key", ["eos_token_id", "pad_token_id"])
def test_a_token_id_outside_the_vocabulary_is_refused(tmp_path, key):
    tiny_text().save_pretrained(tmp_path)
    edit_config(tmp_path, **{key: 50})
    with pytest.raises(CheckpointError, match=rf"{key} must be a token id in the vocabulary \(0 … 49\)"):
        CausalTransformer.from_pretrained(tmp_path)
    with pytest.raises(DataError, match=key):
        CausalTransformerConfig(vocab_size=50, **{key: -1})
    assert CausalTransformerConfig(vocab_size=50, **{key: 49}).vocab_size == 50


@pytest.mark.parametrize("text", ["1" + "0" * 5000, "[" * 100_000 + "]" * 100_000])
def test_a_config_json_that_python_cannot_convert_is_refused(saved, text):
    folder, cls, _ = saved
    (folder / "config.json").write_text('{"model_type": ' + text + "}")
    with pytest.raises(CheckpointError, match="is not valid JSON"):
        cls.from_pretrained(folder)


# ---------------------------------------------------------------------------------------- Low: torch checkpoints
class RunsAShellCommand:
    def __reduce__(self):
        return (os.system, ("echo the checkpoint ran code",))


def test_a_checkpoint_holding_code_is_refused_without_suggesting_to_run_it(tmp_path):
    path = tmp_path / "last.ckpt"
    torch.save({"state_dict": {}, "hyper_parameters": {"model_config": RunsAShellCommand()}}, path)
    with pytest.raises(CheckpointError) as raised:
        CNSGNet.load_from_checkpoint(path)
    message = str(raised.value)
    assert "holds code or objects other than tensors" in message and "system" in message
    assert "weights_only" not in message and "likely succeed" not in message


def lightning_checkpoint(model, path):
    torch.save({"hyper_parameters": {"model_config": model.config.to_dict()},
                "state_dict": {f"model.{k}": v for k, v in model.state_dict().items()}}, path)


def test_a_training_checkpoint_is_checked_like_a_model_folder(tmp_path):
    model = tiny_video()
    lightning_checkpoint(model, tmp_path / "good.ckpt")
    loaded = CNSGNet.load_from_checkpoint(tmp_path / "good.ckpt")
    assert all(torch.equal(loaded.state_dict()[k], v) for k, v in model.state_dict().items())
    with torch.no_grad():
        model.predictor.head.weight.fill_(float("nan"))
    lightning_checkpoint(model, tmp_path / "nan.ckpt")
    with pytest.raises(CheckpointError, match=r"NaN or infinite values in predictor\.head\.weight"):
        CNSGNet.load_from_checkpoint(tmp_path / "nan.ckpt")
    model.config.num_layers = 200_000
    lightning_checkpoint(model, tmp_path / "deep.ckpt")
    refused_fast(CheckpointError, "its model config describes a model with", CNSGNet.load_from_checkpoint,
                 tmp_path / "deep.ckpt")


# ---------------------------------------------------------------------------------------- the command line
def run(capsys, *argv):
    start = time.perf_counter()
    code = cli.main([str(a) for a in argv])
    captured = capsys.readouterr()
    assert time.perf_counter() - start < 3 * FAST
    return code, captured.out, captured.err


@pytest.fixture
def generator_folder(tmp_path):
    tiny_generator().save_pretrained(tmp_path / "generator")
    return tmp_path / "generator"


@pytest.fixture
def video_folder(tmp_path):
    tiny_video().save_pretrained(tmp_path / "video")
    return tmp_path / "video"


@pytest.mark.parametrize("options, message", [
    (["-n", 10**9], r"-n 1000000000 pictures .* needs about"),
    (["--scale", 10**6], r"enlarged 1000000 times needs about"),
    (["--seed", 2**70], r"--seed must be an integer in \[0, 4294967295\]"),
])
def test_vision_generate_refuses_requests_too_large_in_one_line(generator_folder, tmp_path, capsys, options, message):
    code, out, err = run(capsys, "vision", "generate", "--model", generator_folder, "-o", tmp_path / "grid.png",
                         *options)
    assert code == 2 and err.startswith("error: ") and err.count("\n") == 1
    assert re.search(message, err)
    assert not (tmp_path / "grid.png").exists()


def never_loaded(*args, **kwargs):
    raise AssertionError("the model was loaded before the output path was checked")


def test_vision_generate_checks_the_output_before_loading_the_model(generator_folder, tmp_path, capsys,
                                                                     monkeypatch):
    (tmp_path / "grid.png").mkdir()
    monkeypatch.setattr(CausalImageGenerator, "from_pretrained", never_loaded)
    code, _, err = run(capsys, "vision", "generate", "--model", generator_folder, "-o", tmp_path / "grid.png")
    assert code == 2 and "is a folder" in err


def test_vision_explain_refuses_a_decompression_bomb(tmp_path, capsys):
    tiny_vit().save_pretrained(tmp_path / "vit")

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", 50_000, 50_000, 8, 2, 0, 0, 0)  # 2.5 billion RGB pixels, declared
    (tmp_path / "bomb.png").write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IEND", b""))
    code, _, err = run(capsys, "vision", "explain", tmp_path / "bomb.png", "--model", tmp_path / "vit")
    assert code == 2 and err.startswith("error: Cannot read") and "pixels" in err


@pytest.mark.parametrize("options, message", [
    (["--frames", 10**9], r"A clip of --frames 1000000000 enlarged 6 times needs about"),
    (["--scale", 1000], r"--scale must be an integer in \[1, 32\]"),
    (["--scene-seed", -1], r"--scene-seed must be an integer in \[0, 4294967295\]"),
])
def test_video_generate_refuses_requests_too_large_in_one_line(video_folder, tmp_path, capsys, options, message):
    code, _, err = run(capsys, "video", "generate", "--model", video_folder, "-o", tmp_path / "clip.gif", *options)
    assert code == 2 and err.startswith("error: ") and err.count("\n") == 1
    assert re.search(message, err)
    assert not (tmp_path / "clip.gif").exists()


def test_video_generate_checks_the_output_before_loading_the_model(video_folder, tmp_path, capsys, monkeypatch):
    (tmp_path / "clip.gif").mkdir()
    monkeypatch.setattr(CNSGNet, "from_pretrained", never_loaded)
    code, _, err = run(capsys, "video", "generate", "--model", video_folder, "-o", tmp_path / "clip.gif")
    assert code == 2 and "is a folder" in err


def test_vision_commands_without_pillow_name_the_extra_to_install(generator_folder, tmp_path, capsys, monkeypatch):
    monkeypatch.setitem(sys.modules, "PIL.Image", None)
    tiny_vit().save_pretrained(tmp_path / "vit")
    (tmp_path / "picture.png").write_bytes(b"not read")
    for argv in (["vision", "explain", tmp_path / "picture.png", "--model", tmp_path / "vit"],
                 ["vision", "generate", "--model", generator_folder, "-o", tmp_path / "grid.png"]):
        code, _, err = run(capsys, *argv)
        assert code == 2 and "pip install 'causaltorch[vision]'" in err
    assert not (tmp_path / "grid.png").exists()


@pytest.mark.parametrize("argv, message", [
    (["video", "train", "--steps", "1", "--clips", "4", "--frames", "4", "--window", "10"],
     r"--window must be in [1, 3]"),
    (["vision", "train", "--steps", "1", "--batch-size", "2", "--channels", "4", "--precision", "banana"],
     "--precision got 'banana'; use one of 32-true"),
])
def test_training_settings_lightning_would_refuse_or_ignore_are_refused_first(tmp_path, capsys, argv, message):
    pytest.importorskip("lightning")
    code, _, err = run(capsys, *argv, "--out", tmp_path / "run", "--progress-bar", "none")
    assert code == 2 and err.startswith("error: ") and err.count("\n") == 1 and message in err
    assert not (tmp_path / "run" / "model").exists()


@pytest.mark.parametrize("argv, message", [
    (["video", "train", "--steps", "1", "--clips", 10**9], "The causal states of 1000000000 clips"),
    (["video", "train", "--steps", "1", "--clips", "4", "--batch-size", "4", "--frames", 10**6],
     "Training on batches of 4 clips of 1000000 frames"),
    (["vision", "train", "--steps", "1", "--batch-size", 10**9], "Training on batches of 1000000000 pictures"),
    (["vision", "train", "--steps", "1", "--channels", 10**6], "(its weights alone) needs about"),
])
def test_training_requests_too_large_for_memory_are_refused_before_training(tmp_path, capsys, argv, message):
    pytest.importorskip("lightning")
    code, _, err = run(capsys, *argv, "--out", tmp_path / "run", "--progress-bar", "none")
    assert code == 2 and err.startswith("error: ") and message in err
    assert not (tmp_path / "run" / "model").exists()
