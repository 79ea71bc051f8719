"""The fluency judge of a large-corpus model comes from that corpus: `scripts/train_small_model.py --seed` reaches
the model's initialisation and the training order, and `benchmarks/text_quality.py` picks, trains, checks and
reports the judge of the evaluated model (its config, corpus and tokenizer, seed 1, no rules)."""

import argparse
import importlib.util
import json
import math
import sys
from pathlib import Path

import pytest
import torch

from causaltorch.errors import DataError
from causaltorch.text.config import CausalTransformerConfig
from causaltorch.text.corpus import load_corpus
from causaltorch.text.model import CausalTransformer
from causaltorch.tokenizers import CausalTokenizer

pytest.importorskip("lightning")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
import text_quality  # noqa: E402

SHIPPED = ROOT / "src" / "causaltorch" / "data" / "models" / "causal-small"


def _script():
    spec = importlib.util.spec_from_file_location("_train_small_model_test", ROOT / "scripts" / "train_small_model.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def tokenizer():
    return CausalTokenizer.from_pretrained("causal-basic")


@pytest.fixture(scope="module")
def tiny_data(tmp_path_factory, tokenizer):
    """Token files of a few hundred lines of the bundled corpus (train and valid)."""
    from causaltorch.training.tokens import prepare_tokens

    data = tmp_path_factory.mktemp("data")
    prepare_tokens(load_corpus("train")[:300], tokenizer, data / "train.bin")
    prepare_tokens(load_corpus("valid")[:100], tokenizer, data / "valid.bin")
    return data


def _tiny_model(tokenizer, d_model=32, block=32) -> CausalTransformer:
    config = CausalTransformerConfig(vocab_size=tokenizer.vocab_size, d_model=d_model, n_heads=2, n_layers=1,
                                     max_seq_length=block, eos_token_id=tokenizer.eos_token_id,
                                     pad_token_id=tokenizer.pad_token_id)
    model = CausalTransformer(config)
    model.tokenizer = tokenizer
    return model


# ---------------------------------------------------------------------- train_small_model.py --seed
def test_the_seed_reaches_model_initialisation_and_training_order(tmp_path, tiny_data, tokenizer, monkeypatch):
    import causaltorch.training.text as training_text

    script = _script()
    seen_seeds = []

    class Recording(training_text.TokenDataModule):
        def __init__(self, *args, **kwargs):
            seen_seeds.append(kwargs.get("seed"))
            super().__init__(*args, **kwargs)

    monkeypatch.setattr(training_text, "TokenDataModule", Recording)
    prepared = {"tokenizer": tokenizer, "data": tiny_data}

    def weights(seed: int, name: str) -> dict:
        args = argparse.Namespace(seed=seed, block=16, batch_size=2, steps=2, max_minutes=5.0, learning_rate=1e-3,
                                  warmup=1, val_every=100, val_batches=1, checkpoint_every=100, init_from=None)
        record = script.train(tmp_path / name, prepared, args)
        assert record["seed"] == seed and record["steps_done"] == 2
        return CausalTransformer.from_pretrained(tmp_path / name / "model").state_dict()

    first, again, other = weights(1, "a"), weights(1, "b"), weights(0, "c")
    assert seen_seeds == [1, 1, 0]  # the data order's seed
    assert all(torch.equal(first[k], again[k]) for k in first)  # the same seed: the same weights
    assert any(not torch.equal(first[k], other[k]) for k in first)  # another seed: other weights


def test_a_negative_seed_is_refused_before_anything_runs(tmp_path, capsys):
    with pytest.raises(SystemExit) as stop:
        _script().main(["--seed", "-1", "--out", str(tmp_path / "never")])
    assert stop.value.code == 2 and "--seed must be >= 0" in capsys.readouterr().err
    assert not (tmp_path / "never").exists()


# ---------------------------------------------------------------------- which judge, and its checks
def test_the_judges_corpus_follows_the_models_training_log(tmp_path):
    assert text_quality.judge_corpus_of(SHIPPED) == "large"  # causal-small: scripts/make_corpus.py --large
    assert text_quality.judge_corpus_of(tmp_path) == "small"  # no log: the demo's corpus
    (tmp_path / "model").mkdir()
    (tmp_path / "training_log.json").write_text(json.dumps({"corpus": {"generator": "something else"}}))
    assert text_quality.judge_corpus_of(tmp_path / "model") == "small"
    (tmp_path / "training_log.json").write_text(json.dumps({"corpus": {"generator": text_quality.LARGE_CORPUS}}))
    assert text_quality.judge_corpus_of(tmp_path / "model") == "large"  # the log one folder up, as the script writes


def test_the_judge_is_trained_with_the_models_context_batch_and_seed_1(tokenizer, tmp_path):
    model = _tiny_model(tokenizer, block=48)
    command = text_quality.large_judge_command(tmp_path / "judge", model, {"training": {"batch_size": 12}},
                                               minutes=7.5, steps=321, data_from=tmp_path / "src", threads=1)
    options = {name: command[i + 1] for i, name in enumerate(command[:-1]) if name.startswith("--")}
    assert "--skip-cfs" in command  # perplexities only: the judge reads no rules
    assert options["--seed"] == str(text_quality.JUDGE_SEED) == "1"
    assert options["--block"] == "48" and options["--batch-size"] == "12"
    assert options["--steps"] == "321" and options["--max-minutes"] == "7.5" and options["--threads"] == "1"
    assert options["--data-from"] == str(tmp_path / "src") and options["--out"] == str(tmp_path / "judge")


def _judge_folder(folder: Path, judge: CausalTransformer, seed: int, sha: dict, data: Path) -> Path:
    judge.save_pretrained(folder / "model")
    log = {"command": "train_small_model.py --seed 1", "corpus": {"sha256": sha, "data": str(data)},
           "training": {"seed": seed, "steps_planned": 10, "steps_done": 10, "stopped_by_timer": False,
                        "block_size": 32, "batch_size": 2, "tokens_seen": 640, "train_seconds": 1.0,
                        "torch_threads": 1}}
    (folder / "training_log.json").write_text(json.dumps(log))
    return folder


def test_a_judge_with_another_seed_corpus_or_config_is_refused(tmp_path, tokenizer, tiny_data):
    torch.manual_seed(0)
    model = _tiny_model(tokenizer)
    model_dir = tmp_path / "evaluated"
    model.save_pretrained(model_dir)
    sha = {"train": "a" * 64, "valid": "b" * 64}
    (model_dir / "training_log.json").write_text(json.dumps({"corpus": {"sha256": sha}, "training": {}}))
    with pytest.raises(DataError, match="seed 0, not 1"):
        text_quality.load_large_judge(_judge_folder(tmp_path / "s0", _tiny_model(tokenizer), 0, sha, tiny_data),
                                      model, model_dir, {})
    other = {"train": "c" * 64, "valid": "b" * 64}
    with pytest.raises(DataError, match="another corpus"):
        text_quality.load_large_judge(_judge_folder(tmp_path / "c", _tiny_model(tokenizer), 1, other, tiny_data),
                                      model, model_dir, {})
    with pytest.raises(DataError, match="config"):
        text_quality.load_large_judge(_judge_folder(tmp_path / "w", _tiny_model(tokenizer, d_model=16), 1, sha,
                                                    tiny_data), model, model_dir, {})
    with pytest.raises(DataError, match="No trained judge"):
        text_quality.load_large_judge(tmp_path / "nothing", model, model_dir, {})


def test_a_judge_is_measured_beside_the_model_on_the_same_validation_windows(tmp_path, tokenizer, tiny_data):
    torch.manual_seed(0)
    model = _tiny_model(tokenizer)
    model_dir = tmp_path / "evaluated"
    model.save_pretrained(model_dir)
    sha = {"train": "a" * 64, "valid": "b" * 64}
    (model_dir / "training_log.json").write_text(
        json.dumps({"corpus": {"sha256": sha}, "training": {"tokens_seen_total": 999}}))
    torch.manual_seed(1)
    folder = _judge_folder(tmp_path / "judge", _tiny_model(tokenizer), 1, sha, tiny_data)
    results: dict = {}
    judge = text_quality.load_large_judge(folder, model, model_dir, results, valid_windows=4, valid_lines=10)
    record = results["judge"]
    assert record["seed"] == 1 and record["corpus"] == text_quality.LARGE_CORPUS and record["valid_windows"] == 4
    assert record["shipped_valid_lines"] == 10
    assert record["evaluated_model"]["tokens_seen"] == 999 and record["tokens_seen"] == 640
    # both read the same windows: an untrained model of this vocabulary scores near the vocabulary size
    for ppl in (record["large_valid_perplexity"], record["evaluated_model"]["large_valid_perplexity"]):
        assert 0.5 * tokenizer.vocab_size < ppl < 2 * tokenizer.vocab_size
    assert record["large_valid_perplexity"] != record["evaluated_model"]["large_valid_perplexity"]
    assert all(torch.equal(a, b) for a, b in zip(judge.state_dict().values(),
                                                 CausalTransformer.from_pretrained(folder / "model")
                                                 .state_dict().values(), strict=True))


# ---------------------------------------------------------------------- outside the effect phrase
def test_outside_the_effect_pools_every_part_but_the_effect():
    parts = {"before": {"perplexity": math.e, "tokens": 2}, "effect": {"perplexity": math.e ** 5, "tokens": 3},
             "after": {"perplexity": math.e ** 2, "tokens": 1}, "no_effect": {"perplexity": math.nan, "tokens": 0}}
    outside = text_quality.outside_effect(parts)
    assert outside["tokens"] == 3
    assert outside["perplexity"] == pytest.approx(math.exp((2 * 1 + 1 * 2) / 3), abs=1e-12)  # (2 + 2) nats / 3


def test_judge_scores_give_the_outside_ratio_against_the_unguided_text(tokenizer):
    from causaltorch.text.surface_forms import whole_word_pattern

    torch.manual_seed(0)
    judge = _tiny_model(tokenizer, block=64).eval()
    prompts = ["If it rains,", "When it snows,"]
    guided = [" it is late and the ground gets wet.", " the roads are icy."]
    sampled = [" we stay in.", " it is cold.", " the sun shines.", " we go out."]
    plain = [" the ground gets wet.", " the roads are icy."]
    patterns = [[whole_word_pattern(["the ground gets wet"])], [whole_word_pattern(["the roads are icy"])]]
    scores = text_quality.judge_scores(judge, prompts, guided, sampled, plain, patterns, unguided_samples=2)
    outside = text_quality.outside_effect(scores["judge_guided_parts"])
    assert scores["judge_guided_outside_effect"] == outside
    assert outside["tokens"] == scores["judge_guided"]["tokens"] - scores["judge_guided_parts"]["effect"]["tokens"]
    assert scores["judge_ratio_outside_effect"] == pytest.approx(
        outside["perplexity"] / scores["judge_unguided"]["perplexity"])
    assert scores["judge_unguided"]["tokens"] == sum(len(tokenizer.encode(p + s)) - len(tokenizer.encode(p))
                                                     for p, s in zip(prompts * 2, sampled, strict=True))


def test_the_sampling_seed_changes_the_sampled_continuations_and_nothing_else(tokenizer):
    from causaltorch.text.corpus import knowledge_base
    from causaltorch.text.demo import heldin_cases, heldout_cases

    rules = knowledge_base()
    torch.manual_seed(0)
    model = _tiny_model(tokenizer, block=64).eval()
    torch.manual_seed(1)
    judge = _tiny_model(tokenizer, block=64).eval()
    cases = {"heldin": heldin_cases(rules)[:1], "heldout": heldout_cases()[:1]}

    def run(seed: int) -> dict:
        return text_quality.decoding_quality(model, judge, rules, cases, max_new_tokens=5, violation_samples=0,
                                             unguided_samples=2, sampling_seed=seed)

    first, again, other = run(0), run(0), run(1)
    assert first["sampling_seed"] == 0 and other["sampling_seed"] == 1
    for key in ("heldin", "heldout"):
        assert first[key]["examples"] == again[key]["examples"]
        assert first[key]["judge_unguided"] == again[key]["judge_unguided"]
        assert first[key]["judge_greedy"] == other[key]["judge_greedy"]  # greedy draws nothing
    assert any(first[key]["judge_unguided"] != other[key]["judge_unguided"] for key in ("heldin", "heldout"))
    markdown = text_quality.decoding_markdown({
        "decoding": first, "judge": {"corpus": "small", "folder": "j", "seed": 1, "steps": 3, "lines": 9,
                                     "perplexity_validation": 9.0},
        "load_average_start": (1.0, 1.0, 1.0), "load_average_end": (1.0, 1.0, 1.0)})
    assert "sampling seed 0" in markdown and "grammar sentences" not in markdown  # no reference row asked for
    assert f"{first['heldout']['judge_ratio_outside_effect']:.2f}x" in markdown


# ---------------------------------------------------------------------- the wording judge (read every pairing)
@pytest.fixture(scope="module")
def make_corpus():
    spec = importlib.util.spec_from_file_location("_make_corpus_wording", ROOT / "scripts" / "make_corpus.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def _heldout_lines(make_corpus, lines) -> int:
    heldout = set(make_corpus.HELDOUT)
    mentions = make_corpus._large_mentions(heldout)
    return sum(make_corpus._forbidden(mentions(line), heldout) for line in lines)


def test_with_heldout_states_the_heldout_pairs_and_says_so_in_its_manifest(make_corpus, tmp_path):
    default = make_corpus.build_large(tmp_path / "default", 3000)
    wording = make_corpus.build_large(tmp_path / "wording", 3000, with_heldout=True)
    assert "with_heldout" not in default and default["generator"] == text_quality.LARGE_CORPUS
    assert wording["with_heldout"] is True and wording["generator"] == text_quality.WORDING_CORPUS
    assert wording["lines"]["dropped"] == 0 and sum(wording["lines"].values()) == 3000
    read = {name: [line for split in ("train", "valid") for line in
                   (tmp_path / name / f"{split}.txt").read_text().splitlines()] for name in ("default", "wording")}
    assert _heldout_lines(make_corpus, read["default"]) == 0
    stated = _heldout_lines(make_corpus, read["wording"])
    assert stated >= 10  # the held-out pairs are drawn in pair sentences like held-in ones


def test_with_heldout_applies_to_large_only_and_the_shipped_corpus_is_unchanged(make_corpus, capsys):
    with pytest.raises(SystemExit) as stop:
        make_corpus.main(["--with-heldout"])
    assert stop.value.code == 2 and "--large" in capsys.readouterr().err
    assert make_corpus.main(["--check"]) == 0  # the shipped corpus still matches the script


def _wording_folder(folder: Path, judge: CausalTransformer, data: Path, seed: int = 1, corpus_seed: int = 31337,
                    batch_size: int = 2, with_heldout: bool | None = True) -> Path:
    _judge_folder(folder, judge, seed, {"train": "d" * 64, "valid": "e" * 64}, data)
    log = json.loads((folder / "training_log.json").read_text())
    log["corpus"].update(seed=corpus_seed, generator=text_quality.WORDING_CORPUS)
    if with_heldout is not None:
        log["corpus"]["with_heldout"] = with_heldout
    log["training"]["batch_size"] = batch_size
    (folder / "training_log.json").write_text(json.dumps(log))
    return folder


@pytest.fixture()
def evaluated(tmp_path, tokenizer, tiny_data):
    """A tiny 'large-corpus' model whose corpus's valid split is ``tiny_data``'s (its SHA-256 stamp)."""
    torch.manual_seed(0)
    model = _tiny_model(tokenizer)
    model_dir = tmp_path / "evaluated"
    model.save_pretrained(model_dir)
    sha = {"train": "a" * 64, "valid": "b" * 64}
    (tiny_data / "valid.sha256").write_text(sha["valid"])
    (model_dir / "training_log.json").write_text(json.dumps(
        {"corpus": {"generator": text_quality.LARGE_CORPUS, "seed": 31337, "sha256": sha},
         "training": {"batch_size": 2, "tokens_seen_total": 999}}))
    return model, model_dir


def test_a_wording_judge_is_accepted_only_when_its_corpus_read_the_heldout_pairs(tmp_path, tokenizer, tiny_data,
                                                                                 evaluated):
    model, model_dir = evaluated
    load = text_quality.load_wording_judge
    torch.manual_seed(1)
    kwargs = {"valid_windows": 4, "valid_lines": 5, "data_candidates": [tiny_data]}
    for name, options, message in (("plain", {"with_heldout": None}, "with_heldout=None"),
                                   ("false", {"with_heldout": False}, "with_heldout=False"),
                                   ("s0", {"seed": 0}, "seed 0, not 1"),
                                   ("cs", {"corpus_seed": 7}, "drawn with seed 7"),
                                   ("bs", {"batch_size": 4}, "batch size 4")):
        folder = _wording_folder(tmp_path / name, _tiny_model(tokenizer), tiny_data, **options)
        with pytest.raises(DataError, match=message):
            load(folder, model, model_dir, **kwargs)
    with pytest.raises(DataError, match="config"):
        load(_wording_folder(tmp_path / "cfg", _tiny_model(tokenizer, d_model=16), tiny_data), model, model_dir,
             **kwargs)
    with pytest.raises(DataError, match="No trained judge"):
        load(tmp_path / "nothing", model, model_dir, **kwargs)
    good = _wording_folder(tmp_path / "good", _tiny_model(tokenizer), tiny_data)
    with pytest.raises(DataError, match="token files"):  # the model's valid split is nowhere to be found
        load(good, model, model_dir, valid_windows=4, valid_lines=5, data_candidates=[tmp_path])
    judge, record = load(good, model, model_dir, **kwargs)
    assert record["role"] == "wording" and record["corpus"] == text_quality.WORDING_CORPUS
    assert record["valid_windows"] == 4 and record["shipped_valid_lines"] == 5
    assert 0.5 * tokenizer.vocab_size < record["own_valid_perplexity"] < 2 * tokenizer.vocab_size
    assert record["large_valid_perplexity"] != record["evaluated_model"]["large_valid_perplexity"]
    assert "wording judge" in text_quality._judge_label(record)
    # a model not trained on the large corpus has no wording judge
    (model_dir / "training_log.json").write_text(json.dumps({"corpus": {"generator": "x"}, "training": {}}))
    with pytest.raises(DataError, match="not trained on"):
        load(good, model, model_dir, **kwargs)


def test_the_wording_judge_is_never_taken_for_the_goals_judge(tmp_path, tokenizer, tiny_data, evaluated):
    model, model_dir = evaluated
    folder = _wording_folder(tmp_path / "wording", _tiny_model(tokenizer), tiny_data)
    log = json.loads((folder / "training_log.json").read_text())
    log["corpus"]["sha256"] = {"train": "a" * 64, "valid": "b" * 64}  # even with the model's corpus hashes
    (folder / "training_log.json").write_text(json.dumps(log))
    with pytest.raises(DataError, match="--wording-judge-dir"):
        text_quality.load_large_judge(folder, model, model_dir, {})
    with pytest.raises(DataError, match="--wording-judge-dir"):  # nor as a --compare-judge-dir
        text_quality.load_saved_judge(folder, model, model_dir)


def test_wording_judge_dir_needs_decoding(tmp_path, capsys):
    with pytest.raises(SystemExit) as stop:
        text_quality.main(["--wording-judge-dir", str(tmp_path), "--out", str(tmp_path / "out")])
    assert stop.value.code == 2 and "--decoding" in capsys.readouterr().err
