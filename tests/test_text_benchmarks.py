"""The text benchmarks measure what they say: fair generation sides, a training row whose rules are really
used, a fluency judge that scores only the continuation; and the demo says what CFS counts."""

import math
import sys
from pathlib import Path

import pytest
import torch

from causaltorch.errors import DataError
from causaltorch.metrics.text import perplexity
from causaltorch.text import demo
from causaltorch.text.corpus import knowledge_base
from causaltorch.text.model import cnsg
from causaltorch.tokenizers import CausalTokenizer

pytest.importorskip("lightning")
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import text_quality  # noqa: E402
import text_speed  # noqa: E402


@pytest.fixture(scope="module")
def tokenizer():
    return CausalTokenizer.from_pretrained("causal-basic")


# ---------------------------------------------------------------------- text_speed
def test_transformers_side_of_the_speed_benchmark_runs_no_logits_processor():
    pytest.importorskip("transformers")
    hf = text_speed.transformers_model(vocab=50, width=16, heads=2, layers=1, positions=64)
    ids = torch.randint(0, 50, (2, 5))
    out = text_speed.transformers_greedy(hf, ids, 6, output_scores=True, output_logits=True,
                                         return_dict_in_generate=True)
    # processed scores equal the raw logits at every step only when no processor touched them
    assert out.sequences.shape == (2, 11)
    assert all(torch.equal(scores, logits) for scores, logits in zip(out.scores, out.logits, strict=True))


def test_both_generation_sides_of_the_speed_benchmark_decode_the_same_tokens():
    pytest.importorskip("transformers")
    hf = text_speed.transformers_model(vocab=50, width=16, heads=2, layers=1, positions=64)
    ids = torch.randint(0, 50, (3, 5))
    ours = text_speed.ours_greedy(text_speed.same_weights(hf), ids, 12)
    assert torch.equal(ours, text_speed.transformers_greedy(hf, ids, 12))


def test_only_the_bias_on_training_row_reads_the_rules(tokenizer):
    rules = knowledge_base()
    models = text_speed.training_models(tokenizer.vocab_size, 32, 2, 1, 32, rules, tokenizer)
    batch = text_speed.corpus_batch(tokenizer, 4, 32)[:, :-1]
    torch.manual_seed(0)
    no_rules = cnsg(tokenizer.vocab_size, d_model=32, n_heads=2, n_layers=1, max_seq_length=32)
    stored, biased = (models[name].eval() for name in text_speed.TRAINING_SIDES[1:])
    with torch.no_grad():
        assert torch.equal(stored(batch).logits, no_rules.eval()(batch).logits)  # rules stored, never read
        assert not torch.allclose(biased(batch).logits, stored(batch).logits)  # same weights, the bias acts


# ---------------------------------------------------------------------- text_quality
def test_judge_perplexity_scores_the_continuation_after_its_prompt(tokenizer):
    judge = cnsg(tokenizer.vocab_size, d_model=32, n_heads=2, n_layers=1, max_seq_length=64).eval()
    judge.tokenizer = tokenizer
    prompts, continuations = ["If it rains,", "When the pipes freeze in winter,"], [" the ground gets wet.", " pipes"]

    def total_nll(text: str) -> tuple[float, int]:  # summed NLL of a whole text after BOS, and its token count
        tokens = len(tokenizer.encode(text))
        return tokens * math.log(perplexity(judge, [text])), tokens

    nll, tokens = 0.0, 0
    for prompt, continuation in zip(prompts, continuations):  # NLL(continuation | prompt) = NLL(all) - NLL(prompt)
        (whole, whole_tokens), (head, head_tokens) = total_nll(prompt + continuation), total_nll(prompt)
        nll, tokens = nll + whole - head, tokens + whole_tokens - head_tokens
    judged = text_quality.judge_perplexity(judge, prompts, continuations)
    assert judged["tokens"] == tokens and judged["empty"] == 0
    assert judged["perplexity"] == pytest.approx(math.exp(nll / tokens), rel=1e-4)  # float32 logits, ~30 tokens


def test_judge_perplexity_refuses_text_longer_than_the_judge_reads(tokenizer):
    judge = cnsg(tokenizer.vocab_size, d_model=32, n_heads=2, n_layers=1, max_seq_length=8).eval()
    judge.tokenizer = tokenizer
    with pytest.raises(DataError, match="reads at most 8"):
        text_quality.judge_perplexity(judge, ["If it rains,"], [" the ground gets wet and the roads get slippery."])


def test_judge_parts_split_the_continuation_around_the_effect_and_add_up_to_the_whole(tokenizer):
    from causaltorch.text.surface_forms import whole_word_pattern

    judge = cnsg(tokenizer.vocab_size, d_model=32, n_heads=2, n_layers=1, max_seq_length=64).eval()
    judge.tokenizer = tokenizer
    prompts = ["If it rains,", "When it snows,"]
    continuations = [" it is late and the ground gets wet, so we stay in.", " the roads are icy."]
    patterns = [[whole_word_pattern(["the ground gets wet"])], [whole_word_pattern(["the roads are icy"])]]
    parts = text_quality.judge_parts(judge, prompts, continuations, patterns)
    whole = text_quality.judge_perplexity(judge, prompts, continuations)
    assert sum(part["tokens"] for part in parts.values()) == whole["tokens"]
    assert parts["effect"]["tokens"] == len(tokenizer.encode(" the ground gets wet")) + len(
        tokenizer.encode(" the roads are icy"))
    assert parts["before"]["tokens"] == len(tokenizer.encode(" it is late and"))
    assert parts["after"]["tokens"] == len(tokenizer.encode(", so we stay in.")) + len(tokenizer.encode("."))
    nll = sum(part["tokens"] * math.log(part["perplexity"]) for part in parts.values() if part["tokens"])
    assert math.exp(nll / whole["tokens"]) == pytest.approx(whole["perplexity"], rel=1e-4)


def test_the_grammar_reference_writes_held_out_pairs_the_corpus_never_states(tokenizer):
    judge = cnsg(tokenizer.vocab_size, d_model=32, n_heads=2, n_layers=1, max_seq_length=64).eval()
    judge.tokenizer = tokenizer
    reference = text_quality.grammar_reference(judge, per_pair=1)
    heldout = demo.heldout_rules(knowledge_base())
    assert reference["heldout"]["pairs"] == len(heldout.rules) == 13
    assert reference["heldin"]["pairs"] > 13
    for reading in ("sentences", "prompt_style"):
        ratio = reference["heldout"][reading]["perplexity"] / reference["heldin"][reading]["perplexity"]
        assert reference[f"ratio_{reading}"] == pytest.approx(ratio)
    assert "If it snows, the roads turn icy." in reference["heldout"]["examples"]  # snow -> icy_roads, held out
    corpus = set(text_quality.load_corpus("train"))
    assert not set(reference["heldout"]["examples"]) & corpus


# ---------------------------------------------------------------------- the demo's wording
@pytest.fixture
def result():
    return demo.DemoResult(
        settings=demo.SMOKE, num_parameters=1000, train_tokens=100, train_seconds=1.0,
        fidelity=[demo.FidelityRow("held-in pairs", 4, "the knowledge base", 0.5, 1.0)],
        perplexity={"without rule biasing": 5.0, "with the knowledge base": 5.5}, perplexity_lines=16,
        counterfactual={"with the rules": "If it rains, the ground gets wet.", "do(rain=0)": "If it rains, no."},
        losses=[(0, 5.0), (1, 4.5)],
    )


def test_demo_report_says_cfs_counts_the_forms_the_rule_processor_biases(result, tmp_path):
    pytest.importorskip("matplotlib")
    from causaltorch.report import write_report

    write_report(result, tmp_path, knowledge_base())
    report = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "exactly the forms the rule processor biases" in report


def test_demo_command_says_cfs_counts_the_forms_the_rule_processor_biases(result, tmp_path, capsys, monkeypatch):
    pytest.importorskip("matplotlib")
    from causaltorch.cli import main
    from causaltorch.training import demo as training_demo

    monkeypatch.setattr(training_demo, "run_demo", lambda *args, **kwargs: result)
    assert main(["demo", "--smoke", "--out", str(tmp_path)]) == 0
    assert "exactly the forms the rule processor biases" in capsys.readouterr().out
