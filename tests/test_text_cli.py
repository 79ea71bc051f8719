"""`causaltorch text train|generate` and `causaltorch demo --smoke`: what they write, print and refuse."""

import base64
import json
import os
import re
import shutil
import signal

import pytest
import torch

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


def test_a_corpus_that_is_not_utf8_is_refused_with_its_byte_offset_before_any_work(capsys, tmp_path, monkeypatch):
    from causaltorch.tokenizers import CausalTokenizer

    def too_late(*args, **kwargs):
        raise AssertionError("the tokenizer was loaded before the corpus was checked")

    monkeypatch.setattr(CausalTokenizer, "from_pretrained", too_late)
    corpus = tmp_path / "latin1.txt"
    corpus.write_bytes("If it rains, the ground gets wet.\nThe caf\u00e9 was closed.\n".encode("latin-1"))
    code, _, err = run(capsys, "text", "train", "--corpus", str(corpus), "--steps", "2", "--out", str(tmp_path / "out"))
    assert code == 2 and err.count("\n") == 1 and "Traceback" not in err
    assert f"--corpus: {corpus} is not UTF-8 text: byte 41 (line 2) is 0xe9" in err
    assert not (tmp_path / "out").exists()


def test_a_validation_file_that_is_not_utf8_is_refused_too(corpus, capsys, tmp_path):
    valid = tmp_path / "valid.txt"
    valid.write_bytes(b"fine\n\xff\xfe\n")
    code, _, err = run(capsys, "text", "train", "--corpus", str(corpus), "--valid", str(valid), "--steps", "2",
                       "--out", str(tmp_path / "out"))
    assert code == 2 and "--valid:" in err and "byte 5 (line 2) is 0xff" in err
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("argv, message", [
    (["--strategy", "banana"], "invalid strategy name"),
    (["--precision", "banana"], "--precision got 'banana'"),
    (["--accelerator", "banana"], "--accelerator got 'banana'"),
    (["--devices", "0"], "--devices got '0'; a device count must be 1 or more"),
])
def test_a_setup_lightning_refuses_fails_before_the_corpus_is_tokenized(argv, message, corpus, capsys, tmp_path):
    code, _, err = run(capsys, "text", "train", "--corpus", str(corpus), "--steps", "2", "--out", str(tmp_path / "out"),
                       *TINY, *argv)
    assert code == 2 and message in err and err.count("\n") == 1
    assert not (tmp_path / "out").exists()


@pytest.mark.skipif(torch.cuda.is_available(), reason="this machine has a GPU")
def test_training_on_a_gpu_this_machine_lacks_is_refused(corpus, capsys, tmp_path):
    code, _, err = run(capsys, "text", "train", "--corpus", str(corpus), "--steps", "2", "--out", str(tmp_path / "out"),
                       "--accelerator", "gpu")
    assert code == 2 and "has no GPU" in err and not (tmp_path / "out").exists()


@pytest.mark.parametrize("make, message", [
    (lambda out: (out / "model").write_text("a file", encoding="utf-8"), "model is not a folder"),
    (lambda out: ((out / "data").mkdir(), os.mkfifo(out / "data" / "train.bin")), "FIFO"),
    (lambda out: (out / "checkpoints").write_text("a file", encoding="utf-8"), "checkpoints is not a folder"),
])
def test_an_output_file_in_the_way_is_refused_before_training(make, message, corpus, capsys, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    make(out)
    before = sorted(path.name for path in out.rglob("*"))
    code, _, err = run(capsys, "text", "train", "--corpus", str(corpus), "--steps", "2", "--out", str(out), *TINY)
    assert code == 2 and message in err and err.count("\n") == 1
    assert sorted(path.name for path in out.rglob("*")) == before


def interrupt_at_step(monkeypatch, step):
    """Make the training step raise KeyboardInterrupt (as Ctrl-C would) once ``step`` optimizer steps are done."""
    from causaltorch.training.text import CausalLMModule

    original = CausalLMModule.training_step

    def training_step(self, batch, batch_idx):
        if self.trainer.global_step == step:
            raise KeyboardInterrupt
        return original(self, batch, batch_idx)

    monkeypatch.setattr(CausalLMModule, "training_step", training_step)


def test_ctrl_c_during_training_saves_a_checkpoint_that_resume_continues(corpus, capsys, tmp_path, monkeypatch):
    out = tmp_path / "out"
    interrupt_at_step(monkeypatch, 2)
    code, _, err = run(capsys, "text", "train", "--corpus", str(corpus), "--steps", "4", "--out", str(out), *TINY)
    checkpoint = out / "checkpoints" / "last.ckpt"
    assert code == 130 and err.count("\n") == 1 and "Traceback" not in err
    assert err == (f"error: interrupted; stopped at step 2; a resumable checkpoint is in {checkpoint}; "
                   "run the same command with --resume to continue\n")
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler  # Lightning's SIG_IGN is undone
    monkeypatch.undo()
    code, printed, _ = run(capsys, "text", "train", "--corpus", str(corpus), "--steps", "4", "--out", str(out),
                           "--resume", *TINY)
    assert code == 0 and "trained to step 4" in printed


def test_ctrl_c_before_the_first_step_saves_nothing_and_says_so(corpus, capsys, tmp_path, monkeypatch):
    interrupt_at_step(monkeypatch, 0)
    code, _, err = run(capsys, "text", "train", "--corpus", str(corpus), "--steps", "4", "--out", str(tmp_path / "out"),
                       *TINY)
    assert code == 130 and err == "error: interrupted; stopped at step 0\n"
    assert not (tmp_path / "out" / "checkpoints" / "last.ckpt").exists()


def test_ctrl_c_while_tokenizing_leaves_no_token_file_and_no_temporary(corpus, capsys, tmp_path, monkeypatch):
    import causaltorch.training.tokens as tokens

    def chunks(texts):
        yield next(iter(texts)) and ["If it rains, the ground gets wet."]
        raise KeyboardInterrupt

    monkeypatch.setattr(tokens, "_chunks", chunks)
    code, _, err = run(capsys, "text", "train", "--corpus", str(corpus), "--steps", "2", "--out", str(tmp_path / "out"),
                       *TINY)
    assert code == 130 and err == "error: interrupted\n"
    assert not (tmp_path / "out").exists()  # a new run leaves nothing: no token file, no temporary, no folder


@pytest.mark.parametrize("text, extra, message", [
    ("Rain makes the ground wet.\nThe sun.\n", [], "tokens, too few for one window of --block-size + 1"),
    (None, ["--batch-size", "1000000000"], "--batch-size 1000000000 is more than the"),
])
def test_too_little_text_for_one_batch_is_refused_and_leaves_no_run_folder(text, extra, message, corpus, capsys,
                                                                           tmp_path):
    if text is not None:
        corpus = tmp_path / "small.txt"
        corpus.write_text(text)
    code, _, err = run(capsys, "text", "train", "--corpus", str(corpus), "--steps", "2", "--out",
                       str(tmp_path / "out"), *TINY, *extra)
    assert code == 2 and err.count("\n") == 1 and message in err and f"--corpus {corpus} holds" in err
    assert not (tmp_path / "out").exists()


def test_a_model_too_large_for_memory_is_refused_before_the_corpus_is_read(corpus, capsys, tmp_path, monkeypatch):
    import causaltorch.training.tokens as tokens

    monkeypatch.setattr(tokens, "prepare_tokens", lambda *a, **k: pytest.fail("tokenized before the size check"))
    code, _, err = run(capsys, "text", "train", "--corpus", str(corpus), "--steps", "2", "--out",
                       str(tmp_path / "out"), *TINY, "--n-layers", "1000", "--d-model", "8192", "--n-heads", "2")
    assert code == 2 and "1000 blocks deep" in err and "needs about" in err
    assert not (tmp_path / "out").exists()


def test_a_depth_no_model_needs_is_refused_before_building_anything(corpus, capsys, tmp_path):
    code, _, err = run(capsys, "text", "train", "--corpus", str(corpus), "--steps", "2", "--out",
                       str(tmp_path / "out"), *TINY, "--n-layers", "200000")
    assert code == 2 and "--n-layers must be an integer in [1, 1024], got 200000" in err
    assert not (tmp_path / "out").exists()


def test_a_temporary_token_file_of_a_killed_run_is_removed_by_the_next_run(trained, corpus, capsys, tmp_path):
    run_dir = tmp_path / "run"
    shutil.copytree(trained, run_dir)
    dead = 2 ** 22 + 1  # above Linux's largest pid_max: no process has this id
    stale = run_dir / "data" / f".train.bin.{dead}.tmp"
    stale.write_bytes(b"half a token file")
    (run_dir / "data" / "train.bin").unlink()  # killed while tokenizing: the token file was never finished
    code, _, err = run(capsys, "text", "train", "--corpus", str(corpus), "--steps", "5", "--out", str(run_dir),
                       "--resume", "--progress-bar", "none", "--block-size", "16", "--batch-size", "4")
    assert code == 0, err
    assert sorted(path.name for path in (run_dir / "data").iterdir()) == ["train.bin"]


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


def test_generate_with_ethics_never_writes_what_its_rules_block(trained, capsys, tmp_path):
    prompts = ["If it rains,", "The ground", "It rained, so"] * 3
    argv = ["text", "generate", "--model", str(trained / "model"), *prompts, "--max-new-tokens", "16",
            "--temperature", "1.0", "--seed", "2"]
    code, out, _ = run(capsys, *argv)
    words = [w.lower() for line, prompt in zip(out.splitlines(), prompts)
             for w in re.findall(r"[A-Za-z]{3,}", line[len(prompt):])]
    assert code == 0 and words
    word = max(set(words), key=words.count)  # the word the model writes most often without a constitution
    rules = tmp_path / "rules.json"
    rules.write_text(json.dumps({"rules": [{"name": "no_word", "description": "", "detector": "keywords",
                                            "keywords": [word], "action": "block"}]}), encoding="utf-8")
    code, guarded, _ = run(capsys, *argv, "--ethics", str(rules))
    assert code == 0 and len(guarded.splitlines()) == len(prompts)
    for prompt, line in zip(prompts, guarded.splitlines()):
        assert line.startswith(prompt) and not re.search(rf"(?<![A-Za-z]){word}(?![A-Za-z])", line[len(prompt):],
                                                         re.IGNORECASE), line
    assert guarded != out


def test_generate_says_which_prompts_the_constitution_stopped(trained, capsys, tmp_path):
    rules = tmp_path / "rules.json"  # a pattern every continuation matches: no sentence can pass
    rules.write_text(json.dumps({"rules": [{"name": "nothing", "description": "", "detector": "regex",
                                            "pattern": "[a-z]", "action": "block"}]}), encoding="utf-8")
    code, out, err = run(capsys, "text", "generate", "--model", str(trained / "model"), "If it rains,", "The cat",
                         "--max-new-tokens", "8", "--ethics", str(rules))
    assert code == 0 and out.splitlines() == ["If it rains,", "The cat"]
    note = "the ethical constitution blocked a sentence and every redraw of it, so the text ends before that sentence."
    assert err.splitlines() == [f"note: PROMPT {n}: {note}" for n in (1, 2)]
    code, out, err = run(capsys, "text", "generate", "--model", str(trained / "model"), "If it rains,",
                         "--max-new-tokens", "8")
    assert code == 0 and out.strip() != "If it rains," and err == ""


@pytest.mark.parametrize("argv, message", [
    (["--ethics", "nope"], "neither 'default', 'lexical' nor a rule file"),
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


def test_a_prompt_that_is_not_utf8_is_a_one_line_error(trained, capsys):
    code, out, err = run(capsys, "text", "generate", "--model", str(trained / "model"), "If it rains,",
                         "caf\udce9 au lait")
    assert code == 2 and out == "" and err.count("\n") == 1
    assert "PROMPT 2 is not valid UTF-8 text (byte 0xe9 at byte 3)" in err


def test_a_forbidden_word_that_is_not_utf8_is_a_one_line_error(trained, capsys):
    code, out, err = run(capsys, "text", "generate", "--model", str(trained / "model"), "If it rains,",
                         "--forbid", "\udcffwet")
    assert code == 2 and out == "" and "--forbid is not valid UTF-8 text (byte 0xff at byte 0)" in err


@pytest.mark.parametrize("device, message", [
    ("banana", "--device got 'banana'; expected a torch device"),
    ("meta", "--device meta: this machine (or this PyTorch build) has no meta device"),
    pytest.param("cuda", "--device cuda: this machine (or this PyTorch build) has no cuda device",
                 marks=pytest.mark.skipif(torch.cuda.is_available(), reason="this machine has a GPU")),
    ("cuda:99", "cuda"),
])
def test_a_device_that_is_not_here_is_a_one_line_error(device, message, trained, capsys):
    code, out, err = run(capsys, "text", "generate", "--model", str(trained / "model"), "If it rains,",
                         "--device", device)
    assert code == 2 and out == "" and message in err and err.count("\n") == 1


def test_terminal_controls_in_a_prompt_are_printed_escaped(trained, capsys):
    code, out, _ = run(capsys, "text", "generate", "--model", str(trained / "model"), "If it rains,\x1b[2J\u202e",
                       "--max-new-tokens", "3", "--temperature", "0")
    assert code == 0 and out.startswith("If it rains,\\x1b[2J\\u202e") and "\x1b" not in out and "\u202e" not in out
    assert out.count("\n") == 1


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


def test_demo_with_a_report_file_in_the_way_is_refused_before_training(capsys, tmp_path):
    (tmp_path / "report.html").mkdir()
    code, _, err = run(capsys, "demo", "--smoke", "--out", str(tmp_path))
    assert code == 2 and "report.html is a folder" in err and err.count("\n") == 1
    assert sorted(path.name for path in tmp_path.iterdir()) == ["report.html"]


def test_ctrl_c_during_the_demo_is_interrupted_without_a_resume_hint(capsys, tmp_path, monkeypatch):
    import causaltorch.training.demo as demo
    from causaltorch.training.text import TrainingInterrupted

    def interrupted(out, *args, **kwargs):
        raise TrainingInterrupted(3, tmp_path / "checkpoints" / "last.ckpt")

    monkeypatch.setattr(demo, "run_demo", interrupted)
    code, _, err = run(capsys, "demo", "--smoke", "--out", str(tmp_path))
    assert code == 130 and err == "error: interrupted\n"


def test_generate_without_a_model_uses_the_shipped_causal_small(capsys):
    code, out, err = run(capsys, "text", "generate", "If it rains,", "--max-new-tokens", "6")
    assert code == 0 and err == "" and out.startswith("If it rains,") and len(out.strip()) > len("If it rains,")


def test_the_cli_search_defaults_are_the_librarys():
    """`text generate` runs the constrained search at `generate()`'s own defaults (the measured setting)."""
    from causaltorch.cli import _build_parser
    from causaltorch.text import constrained

    args = _build_parser().parse_args(["text", "generate", "a prompt"])
    assert args.lookahead == constrained.DEFAULT_LOOKAHEAD
    assert args.num_beams == constrained.DEFAULT_NUM_BEAMS
    assert args.constraint_weight == constrained.DEFAULT_CONSTRAINT_WEIGHT
