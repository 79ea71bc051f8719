import importlib.util
import re
import sys
from pathlib import Path

import pytest

from causaltorch.errors import DataError
from causaltorch.rules import CausalRuleSet
from causaltorch.text.corpus import corpus_path, heldout_pairs, knowledge_base, load_corpus

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "make_corpus.py"
CORPUS = corpus_path("train").parent


def _form_pattern(forms):
    """Whole-word, case-insensitive match of any of ``forms`` (written independently of the script)."""
    alternatives = "|".join(re.escape(f.lower()) for f in sorted(forms, key=len, reverse=True))
    return re.compile(r"(?<!\w)(?:" + alternatives + r")(?!\w)")


@pytest.fixture(scope="module")
def rules():
    return knowledge_base()


@pytest.fixture(scope="module")
def train():
    return load_corpus("train")


@pytest.fixture(scope="module")
def valid():
    return load_corpus("valid")


@pytest.fixture(scope="module")
def patterns(rules):
    return {v: _form_pattern(rules.surface_forms(v)) for v in rules.variables}


@pytest.fixture(scope="module")
def train_mentions(train, rules):
    """For each training line, the variables it names (one pass with a single alternation)."""
    owner = {}
    for v in rules.variables:
        for form in rules.surface_forms(v):
            owner.setdefault(form.lower(), v)
    every_form = _form_pattern(owner)
    return [{owner[m.group(0)] for m in every_form.finditer(line.lower())} for line in train]


def test_shipped_corpus_is_exactly_what_the_generator_writes(monkeypatch):
    spec = importlib.util.spec_from_file_location("_make_corpus", SCRIPT)
    make_corpus = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, spec.name, make_corpus)  # dataclasses look their module up
    spec.loader.exec_module(make_corpus)
    built = make_corpus.build()
    shipped = sorted(p.name for p in CORPUS.iterdir() if not p.name.startswith("."))
    assert sorted(built) == shipped
    for name, data in built.items():
        assert (CORPUS / name).read_bytes() == data, f"{name} differs: rerun scripts/make_corpus.py"


def test_corpus_fits_the_size_budget():
    total = sum(p.stat().st_size for p in CORPUS.iterdir())
    assert total <= 5 * 2**20
    assert 1_000_000 <= corpus_path("train").stat().st_size <= 3_000_000


def test_knowledge_base_spans_many_domains_with_inhibition_and_chains(rules):
    assert isinstance(rules, CausalRuleSet) and len(rules) >= 60
    domains = {rules.variable_metadata(v)["domain"] for v in rules.variables}
    assert {"weather", "physics", "cooking", "health", "mechanics", "biology", "economics", "electricity"} <= domains
    strengths = [rule.strength for rule in rules]
    assert sum(s < 0 for s in strengths) >= 5 and all(-1 <= s <= 1 for s in strengths)
    middles = [v for v in rules.variables if rules.parents(v) and rules.children(v)]
    assert len(middles) >= 10
    assert all(0 <= rules.variable_metadata(v)["base_rate"] <= 1 for v in rules.variables)


def test_every_variable_has_synonyms_beyond_its_name(rules):
    for v in rules.variables:
        assert len(rules.surface_forms(v)) >= 3, v


def test_heldout_pairs_are_ten_or_more_excitatory_rules_marked_in_the_knowledge_base(rules):
    pairs = heldout_pairs()
    assert len(pairs) >= 10 and len(set(pairs)) == len(pairs)
    for cause, effect in pairs:
        rule = rules.get_rule(cause, effect)
        assert rule is not None and rule.strength > 0 and rule.metadata.get("split") == "heldout"
    marked = {(r.cause, r.effect) for r in rules if r.metadata.get("split") == "heldout"}
    assert marked == set(pairs)


@pytest.mark.parametrize("split", ["train", "valid"])
def test_no_line_names_both_sides_of_a_heldout_pair(split, train, valid, patterns):
    lines = [line.lower() for line in (train if split == "train" else valid)]
    for cause, effect in heldout_pairs():
        offending = [ln for ln in lines if patterns[cause].search(ln) and patterns[effect].search(ln)]
        assert not offending, f"{cause} -> {effect}: {offending[:3]}"


def test_every_heldout_variable_appears_in_training_text_in_clause_form(rules, train):
    text = "\n".join(train).lower()
    for variable in {v for pair in heldout_pairs() for v in pair}:
        forms = rules.variable_metadata(variable)["forms"]
        for kind in ("noun", "present", "past"):
            assert _form_pattern(forms[kind]).search(text), f"{variable}: no {kind} form in train.txt"


def test_every_heldin_pair_is_stated_in_training_text(rules, train_mentions):
    heldout = set(heldout_pairs())
    for rule in rules:
        if (rule.cause, rule.effect) in heldout:
            continue
        together = sum(rule.cause in m and rule.effect in m for m in train_mentions)
        assert together >= 50, f"{rule.cause} -> {rule.effect} is stated in only {together} lines"


def test_a_pair_is_stated_in_at_least_fifteen_different_sentence_shapes(rules, train, patterns):
    shapes = set()
    for line in train:
        low = line.lower()
        if patterns["rain"].search(low) and patterns["wet_ground"].search(low):
            shape = patterns["wet_ground"].sub("<effect>", patterns["rain"].sub("<cause>", low))
            shapes.add(shape)
    assert len(shapes) >= 15
    assert any(s.startswith("if <cause>, <effect>") for s in shapes)
    assert any("<effect> because <cause>" in s for s in shapes)


def test_distractor_lines_name_no_variable_or_state_no_cause(train, train_mentions):
    no_variable = sum(not m for m in train_mentions)
    assert 0.05 <= no_variable / len(train) <= 0.5
    causal_words = re.compile(r"\b(if|when|whenever|because|so|since|cause|lead|result|effect|prevent)\b")
    single = [line for line, m in zip(train, train_mentions) if len(m) == 1 and not causal_words.search(line.lower())]
    assert len(single) >= 2000


def test_train_and_valid_share_no_line(train, valid):
    assert len(valid) >= 1000
    assert not set(train) & set(valid)


def test_lines_are_single_lines_of_text(train):
    assert all(line and line == line.strip() and "\n" not in line for line in train)


def test_an_unknown_split_raises_data_error():
    with pytest.raises(DataError, match="train"):
        load_corpus("test")


# --------------------------------------------------------------------------- the large pretraining corpus


@pytest.fixture(scope="module")
def make_corpus():
    spec = importlib.util.spec_from_file_location("_make_corpus_large", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    yield module
    sys.modules.pop(spec.name, None)


@pytest.fixture(scope="module")
def large(make_corpus, tmp_path_factory):
    out = tmp_path_factory.mktemp("large")
    manifest = make_corpus.build_large(out, 12_000)
    return manifest, (out / "train.txt").read_text("utf-8").splitlines(), (out / "valid.txt").read_text(
        "utf-8").splitlines()


def test_large_corpus_is_deterministic_and_depends_on_its_seed(make_corpus):
    first = list(make_corpus.generate_large_lines(500))
    assert first == list(make_corpus.generate_large_lines(500))
    assert first != list(make_corpus.generate_large_lines(500, seed=make_corpus.LARGE_SEED + 1))
    assert len(set(first)) > 400  # varied, not one line repeated


def test_large_corpus_splits_share_no_line_and_match_the_manifest(large):
    manifest, train, valid = large
    assert manifest["lines"]["train"] == len(train) and manifest["lines"]["valid"] == len(valid)
    assert len(valid) >= 300 and not set(train) & set(valid)
    assert manifest["lines"]["train"] + manifest["lines"]["valid"] + manifest["lines"]["dropped"] <= 12_000


def test_large_corpus_never_states_a_heldout_pair_even_negated(large, make_corpus, rules):
    _, train, valid = large
    for cause, effect in heldout_pairs():
        forms = {}
        for v in (cause, effect):
            negated = make_corpus.NEGATED.get(v, ((), ()))
            forms[v] = _form_pattern([*rules.surface_forms(v), *negated[0], *negated[1]])
        offending = [ln for ln in train + valid if forms[cause].search(ln.lower()) and forms[effect].search(ln.lower())]
        assert not offending, f"{cause} -> {effect}: {offending[:3]}"


def test_large_corpus_has_negation_counterfactuals_tenses_and_named_people(large):
    _, train, _ = large
    text = "\n".join(train)
    assert "the ground stayed dry" in text.lower() or "the ground stays dry" in text.lower()
    for phrase in ("Without ", "ad there been no", "will bring", "did not", "Cause: "):
        assert phrase in text, phrase
    names = ("Maria", "Kenji", "Aisha", "Omar", "Priya")
    assert sum(name in text for name in names) >= 4
    # paraphrases of one pair: many distinct sentence shapes for rain -> wet ground
    rain = _form_pattern(["rain", "heavy rain", "rainfall", "it rains", "it rained", "it started to rain"])
    wet = _form_pattern(["wet ground", "puddles", "the ground got wet", "the ground was wet", "the ground gets wet"])
    shapes = {wet.sub("<e>", rain.sub("<c>", ln.lower())) for ln in train if rain.search(ln.lower())
              and wet.search(ln.lower())}
    assert len(shapes) >= 20


def test_large_corpus_negated_forms_name_known_variables_and_no_other_variable(make_corpus, rules, patterns):
    assert set(make_corpus.NEGATED) <= set(rules.variables) and len(make_corpus.NEGATED) >= 50
    for name, (present, past) in make_corpus.NEGATED.items():
        assert present and past, name
        for form in (*present, *past):
            named = [v for v in rules.variables if v != name and patterns[v].search(form.lower())]
            assert not named, f"negated form {form!r} of {name} names {named}"
