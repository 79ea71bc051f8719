"""`causaltorch text train|generate` and `causaltorch demo --smoke`: what they write, print and refuse."""

import base64
import re

import pytest

from causaltorch.cli import main
from causaltorch.models import CausalTransformer

pytest.importorskip("lightning")

SENTENCES = ["If it rains, the ground gets wet.", "The ground was wet because it had rained.",
             "Wet ground makes the roads slippery.", "The cat slept on the warm mat.",
             "She made tea in the kitchen.", "It rained, so the ground got wet."]
TINY = ["--d-model", "32", "--n-layers", "1", "--n-heads", "2", "--block-size", "16", "--batch-size", "4",
        "--progress-bar", "none"]


def run(capsys, *argv):
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    path = tmp_path_factory.mktemp("corpus") / "corpus.txt"
    path.write_text("\n".join(SENTENCES * 30) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def trained(corpus, tmp_path_factory):
    """A run of `text train` shared by the tests: its output folder."""
    out = tmp_path_factory.mktemp("run")
    assert main(["text", "train", "--corpus", str(corpus), "--rules", "weather", "--steps", "4", "--out", str(out),
                 "--checkpoint-every", "2", *TINY]) == 0
    return out


# ---------------------------------------------------------------------- train
def test_train_writes_a_loadable_model_with_its_tokenizer_and_checkpoints(trained):
    model = CausalTransformer.from_pretrained(trained / "model")
    assert model.config.d_model == 32 and "rain" in model.causal_rules.variables
    assert (trained / "model" / "tokenizer.json").is_file()
    assert (trained / "checkpoint-2" / "model.safetensors").is_file()
    assert (trained / "checkpoints" / "last.ckpt").is_file()
    assert (trained / "data" / "train.bin").is_file()


def test_resume_continues_the_run_to_the_new_step_count(trained, corpus, capsys, tmp_path):
    import shutil

    run_dir = tmp_path / "run"
    shutil.copytree(trained, run_dir)
    code, out, _ = run(capsys, "text", "train", "--corpus", str(corpus), "--steps", "6", "--out", str(run_dir),
                       "--resume", "--progress-bar", "none", "--block-size", "16", "--batch-size", "4")
    assert code == 0 and "trained to step 6" in out
    assert (run_dir / "checkpoint-6").is_dir()


def test_training_again_into_a_used_folder_needs_resume(trained, corpus, capsys):
    before = (trained / "model" / "model.safetensors").read_bytes()
    code, _, err = run(capsys, "text", "train", "--corpus", str(corpus), "--steps", "2", "--out", str(trained), *TINY)
    assert code == 2 and "--resume" in err and err.count("\n") == 1
    assert (trained / "model" / "model.safetensors").read_bytes() == before


def test_resume_refuses_a_different_model_shape(trained, corpus, capsys):
    code, _, err = run(capsys, "text", "train", "--corpus", str(corpus), "--steps", "6", "--out", str(trained),
                       "--resume", "--d-model", "64")
    assert code == 2 and "--d-model 64 (the run has 32)" in err


@pytest.mark.parametrize("argv, message", [
    (["--steps", "0"], "--steps must be a positive integer"),
    (["--steps", "2", "--corpus", "nowhere.txt"], "is not a text file"),
    (["--steps", "2", "--rules", "nowhere.json"], "No rule file"),
    (["--steps", "2", "--block-size", "64", "--max-seq-length", "32"], "exceeds the model's max_seq_length"),
    (["--steps", "2", "--resume"], "nothing to resume"),
    (["--steps", "2", "--devices", "two"], "--devices got 'two'"),
])
def test_bad_training_input_is_one_line_and_exit_2(argv, message, capsys, tmp_path):
    code, _, err = run(capsys, "text", "train", "--out", str(tmp_path / "out"), *argv)
    assert code == 2 and message in err and err.count("\n") == 1
    assert not (tmp_path / "out").exists()


# ---------------------------------------------------------------------- generate
def test_generate_continues_each_prompt(trained, capsys):
    code, out, _ = run(capsys, "text", "generate", "--model", str(trained / "model"), "If it rains,", "The cat",
                       "--max-new-tokens", "6", "--temperature", "0")
    lines = out.splitlines()
    assert code == 0 and len(lines) == 2
    assert lines[0].startswith("If it rains,") and lines[1].startswith("The cat")


def test_generate_with_do_keeps_the_cause_and_its_effects_out(trained, capsys):
    code, out, _ = run(capsys, "text", "generate", "--model", str(trained / "model"), "If it rains,",
                       "--do", "rain=0", "--max-new-tokens", "12", "--temperature", "0.9", "--seed", "3")
    continuation = out.strip()[len("If it rains,"):]
    assert code == 0
    assert not re.search(r"(?<!\w)(rain\w*|wet|wet ground|puddles|slippery)(?!\w)", continuation, re.IGNORECASE)


def test_generate_never_writes_a_forbidden_word(trained, capsys):
    prompts = ["If it rains,", "The ground", "It rained, so"] * 3
    code, out, _ = run(capsys, "text", "generate", "--model", str(trained / "model"), *prompts, "--forbid", "ground",
                       "--forbid", "the cat", "--max-new-tokens", "10", "--temperature", "1.0")
    assert code == 0
    for prompt, line in zip(prompts, out.splitlines()):
        continuation = line[len(prompt):]
        assert not re.search(r"(?<!\w)(ground|the\s+cat)(?!\w)", continuation, re.IGNORECASE), line


@pytest.mark.parametrize("argv, message", [
    (["--do", "rian=0"], "Did you mean 'rain'?"),
    (["--do", "rain"], "expected the form name=value"),
    (["--max-new-tokens", "0"], "--max-new-tokens must be a positive integer"),
    (["--top-p", "1.5"], "top_p must be in (0, 1]"),
    (["--forbid", " "], "--forbid got an empty word"),
])
def test_bad_generation_input_is_one_line_and_exit_2(trained, argv, message, capsys):
    code, out, err = run(capsys, "text", "generate", "--model", str(trained / "model"), "If it rains,", *argv)
    assert code == 2 and message in err and err.count("\n") == 1 and out == ""


def test_generate_with_a_missing_model_or_an_empty_prompt_is_refused(trained, capsys, tmp_path):
    code, _, err = run(capsys, "text", "generate", "--model", str(tmp_path / "none"), "If it rains,")
    assert code == 2 and "is not a directory" in err
    code, _, err = run(capsys, "text", "generate", "--model", str(trained / "model"), "  ")
    assert code == 2 and "prompt is empty" in err


# ---------------------------------------------------------------------- demo
def test_demo_smoke_trains_measures_and_writes_the_report(capsys, tmp_path):
    code, out, _ = run(capsys, "demo", "--smoke", "--out", str(tmp_path))
    assert code == 0
    for heading in ("Causal Fidelity Score", "held-in pairs", "held-out pairs", "without rule biasing",
                    "with the held-out rules", "Counterfactual", "do(rain=0)"):
        assert heading in out
    CausalTransformer.from_pretrained(tmp_path / "model")
    report = (tmp_path / "report.html").read_text(encoding="utf-8")
    images = re.findall(r'src="data:image/png;base64,([^"]+)"', report)
    assert len(images) == 3 and all(base64.b64decode(image).startswith(b"\x89PNG") for image in images)
    for name in ("training_curve.png", "rules.png", "cfs.png"):
        assert (tmp_path / name).read_bytes().startswith(b"\x89PNG") and f"wrote {tmp_path / name}" in out


def test_demo_into_a_file_is_refused(capsys, tmp_path):
    target = tmp_path / "file"
    target.write_text("keep", encoding="utf-8")
    code, _, err = run(capsys, "demo", "--smoke", "--out", str(target))
    assert code == 2 and "is a file" in err and target.read_text(encoding="utf-8") == "keep"
