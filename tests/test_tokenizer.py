import importlib.util
import json
import sys
from pathlib import Path

import pytest
import torch

pytest.importorskip("tokenizers")

from causaltorch.errors import CheckpointError, DataError, MissingDependencyError, OutputError  # noqa: E402
from causaltorch.text.corpus import corpus_path, load_corpus  # noqa: E402
from causaltorch.tokenizers import BatchEncoding, CausalTokenizer, bundled_tokenizers  # noqa: E402

SCRIPTS = Path(__file__).resolve().parents[1] / "scripts"

UNICODE_TEXTS = [
    "Café, naïve, façade, Ærøskøbing, Dvořák",
    "Cafe\u0301 written with a combining accent stays decomposed",
    "😀 👍🏽 👨‍👩‍👧‍👦 🏳️‍🌈 emoji with skin tones, joiners and flags",
    "日本語のテキストと中文文本，한국어도 있습니다。",
    "zero\u200bwidth\u200cnon\u200djoiner\ufeffbom\u2060word joiner",
    "مرحبا بالعالم and עברית mixed with English",
    "tabs\tand\nnew lines\r\n and   runs of   spaces  ",
    "<pad> and <|endoftext|> typed by a user stay text",
]


@pytest.fixture(scope="module")
def tokenizer():
    return CausalTokenizer.from_pretrained("causal-basic")


@pytest.fixture(scope="module")
def tiny_texts():
    return [f"The {animal} {verb} the {thing} near the river." for animal in ("cat", "dog", "fox", "owl")
            for verb in ("saw", "found", "carried") for thing in ("stone", "stick", "ball")] * 3


def _load_script(name: str):
    spec = importlib.util.spec_from_file_location(f"_script_{name}", SCRIPTS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# ---------------------------------------------------------------------- loading
def test_bundled_tokenizer_loads_by_name_with_distinct_special_tokens(tokenizer):
    assert "causal-basic" in bundled_tokenizers()
    assert len(tokenizer) == tokenizer.vocab_size > 1000
    assert tokenizer.eos_token == tokenizer.bos_token == "<|endoftext|>"
    assert tokenizer.pad_token == "<pad>"
    assert tokenizer.eos_token_id == tokenizer.bos_token_id != tokenizer.pad_token_id
    assert tokenizer.convert_ids_to_tokens(tokenizer.pad_token_id) == "<pad>"


def test_bundled_tokenizer_compresses_the_validation_text(tokenizer):
    lines = load_corpus("valid")
    tokens = sum(len(ids) for ids in tokenizer(lines, padding=False, return_tensors=None)["input_ids"])
    assert sum(map(len, lines)) / tokens > 4.0


def test_bundled_tokenizer_is_what_the_training_script_produces(tokenizer):
    retrained = _load_script("train_tokenizer").train(corpus_path("train"))
    assert retrained.get_vocab() == tokenizer.get_vocab()
    sample = " ".join(load_corpus("valid")[:50])
    assert retrained.encode(sample) == tokenizer.encode(sample)


@pytest.mark.parametrize("missing", ["tokenizer.json", "tokenizer_config.json"])
def test_a_folder_missing_a_file_raises_checkpoint_error_naming_it(tokenizer, tmp_path, missing):
    tokenizer.save_pretrained(tmp_path)
    (tmp_path / missing).unlink()
    with pytest.raises(CheckpointError, match=missing.replace(".", r"\.")):
        CausalTokenizer.from_pretrained(tmp_path)


def test_a_malformed_tokenizer_file_raises_checkpoint_error(tokenizer, tmp_path):
    tokenizer.save_pretrained(tmp_path)
    (tmp_path / "tokenizer.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(CheckpointError, match="tokenizer.json"):
        CausalTokenizer.from_pretrained(tmp_path)


def test_a_config_naming_an_unknown_pad_token_raises_checkpoint_error(tokenizer, tmp_path):
    tokenizer.save_pretrained(tmp_path)
    config = json.loads((tmp_path / "tokenizer_config.json").read_text())
    config["pad_token"] = "<no-such-token>"
    (tmp_path / "tokenizer_config.json").write_text(json.dumps(config))
    with pytest.raises(CheckpointError, match="<no-such-token>"):
        CausalTokenizer.from_pretrained(tmp_path)


def test_an_unknown_name_raises_checkpoint_error_listing_bundled_tokenizers():
    with pytest.raises(CheckpointError, match="causal-basic"):
        CausalTokenizer.from_pretrained("no-such-tokenizer")


def test_a_missing_tokenizers_package_raises_missing_dependency_error(monkeypatch):
    monkeypatch.setitem(sys.modules, "tokenizers", None)
    with pytest.raises(MissingDependencyError, match=r"causaltorch\[text\]"):
        CausalTokenizer.from_pretrained("causal-basic")


# ---------------------------------------------------------------------- saving
def test_save_and_load_keep_ids_and_settings(tokenizer, tmp_path):
    copy = CausalTokenizer.from_pretrained("causal-basic")
    copy.padding_side = "left"
    copy.model_max_length = 64
    paths = copy.save_pretrained(tmp_path / "tok")
    assert {p.name for p in paths} == {"tokenizer.json", "tokenizer_config.json"}
    loaded = CausalTokenizer.from_pretrained(tmp_path / "tok")
    text = "If it rains, the ground gets wet."
    assert loaded.encode(text) == tokenizer.encode(text)
    assert (loaded.padding_side, loaded.model_max_length) == ("left", 64)
    assert sorted(p.name for p in (tmp_path / "tok").iterdir()) == ["tokenizer.json", "tokenizer_config.json"]


def test_save_pretrained_onto_a_file_raises_output_error_and_leaves_it(tokenizer, tmp_path):
    target = tmp_path / "file.txt"
    target.write_text("keep me")
    with pytest.raises(OutputError):
        tokenizer.save_pretrained(target)
    assert target.read_text() == "keep me"


# ---------------------------------------------------------------------- encode / decode
@pytest.mark.parametrize("text", UNICODE_TEXTS)
def test_unicode_round_trips_exactly(tokenizer, text):
    assert tokenizer.decode(tokenizer.encode(text)) == text


def test_encode_gives_a_list_or_a_long_tensor_of_one_row(tokenizer):
    ids = tokenizer.encode("If it rains,")
    tensor = tokenizer.encode("If it rains,", return_tensors="pt")
    assert isinstance(ids, list) and all(isinstance(i, int) for i in ids)
    assert tensor.dtype == torch.long and tensor.shape == (1, len(ids))
    assert tensor[0].tolist() == ids


def test_add_special_tokens_prepends_the_bos_token(tokenizer):
    plain = tokenizer.encode("rain")
    assert tokenizer.encode("rain", add_special_tokens=True) == [tokenizer.bos_token_id, *plain]


def test_decode_drops_special_tokens_unless_asked_to_keep_them(tokenizer):
    ids = [tokenizer.bos_token_id, *tokenizer.encode("snow"), tokenizer.eos_token_id, tokenizer.pad_token_id]
    assert tokenizer.decode(ids) == "snow"
    assert tokenizer.decode(ids, skip_special_tokens=False) == "<|endoftext|>snow<|endoftext|><pad>"


def test_decode_accepts_a_one_row_tensor_and_rejects_a_batch(tokenizer):
    ids = tokenizer.encode("heavy rain", return_tensors="pt")
    assert tokenizer.decode(ids) == tokenizer.decode(ids[0]) == "heavy rain"
    with pytest.raises(DataError, match="batch_decode"):
        tokenizer.decode(torch.cat([ids, ids]))


@pytest.mark.parametrize("bad_id", [-1, "vocab_size"])
def test_decode_rejects_ids_outside_the_vocabulary(tokenizer, bad_id):
    bad_id = tokenizer.vocab_size if bad_id == "vocab_size" else bad_id
    with pytest.raises(DataError, match=str(bad_id)):
        tokenizer.decode([5, bad_id])


def test_encode_rejects_a_non_string(tokenizer):
    with pytest.raises(DataError, match="string"):
        tokenizer.encode(["a", "list"])


# ---------------------------------------------------------------------- batches
def test_batch_pads_on_the_right_with_a_matching_attention_mask(tokenizer):
    texts = ["If it rains, the ground gets wet.", "Rain", ""]
    batch = tokenizer(texts)
    lengths = [len(tokenizer.encode(t)) for t in texts]
    assert isinstance(batch, BatchEncoding)
    assert batch.input_ids.shape == (3, max(lengths))
    assert batch.attention_mask.sum(dim=1).tolist() == lengths
    for row, n in zip(batch.input_ids.tolist(), lengths):
        assert row[n:] == [tokenizer.pad_token_id] * (max(lengths) - n)


def test_left_padding_ends_every_row_with_its_last_real_token(tokenizer):
    copy = CausalTokenizer.from_pretrained("causal-basic")
    copy.padding_side = "left"
    texts = ["If it snows,", "When the sun shines, the plants"]
    batch = copy(texts)
    for row, mask, text in zip(batch.input_ids.tolist(), batch.attention_mask.tolist(), texts):
        ids = copy.encode(text)
        assert row[len(row) - len(ids):] == ids
        assert mask == [0] * (len(row) - len(ids)) + [1] * len(ids)


def test_padding_side_rejects_anything_but_left_or_right(tokenizer):
    copy = CausalTokenizer.from_pretrained("causal-basic")
    with pytest.raises(DataError, match="padding_side"):
        copy.padding_side = "middle"
    assert copy.padding_side == "right"


def test_max_length_padding_and_truncation_cut_on_the_chosen_side(tokenizer):
    copy = CausalTokenizer.from_pretrained("causal-basic")
    ids = copy.encode("If it rains, the ground gets wet and the roads get slippery.")
    right = copy(["If it rains, the ground gets wet and the roads get slippery.", "Rain"],
                 padding="max_length", truncation=True, max_length=5)
    assert right.input_ids.shape == (2, 5) and right.input_ids[0].tolist() == ids[:5]
    copy.truncation_side = "left"
    left = copy("If it rains, the ground gets wet and the roads get slippery.", truncation=True, max_length=5)
    assert left.input_ids[0].tolist() == ids[-5:]


def test_truncation_without_a_max_length_raises_data_error(tokenizer):
    with pytest.raises(DataError, match="max_length"):
        tokenizer(["a", "b"], truncation=True)


def test_unpadded_texts_of_different_lengths_cannot_form_a_tensor(tokenizer):
    with pytest.raises(DataError, match="padding=True"):
        tokenizer(["one two three", "one"], padding=False)
    lists = tokenizer(["one two three", "one"], padding=False, return_tensors=None)
    assert [len(ids) for ids in lists["input_ids"]] == [len(tokenizer.encode("one two three")), 1]


def test_batch_decode_inverts_padded_batch_encoding(tokenizer):
    texts = ["If it rains, the ground gets wet.", "Snow! ❄️", "x"]
    assert tokenizer.batch_decode(tokenizer(texts).input_ids) == texts


def test_a_single_string_without_tensors_gives_flat_lists(tokenizer):
    out = tokenizer("heavy rain", return_tensors=None)
    assert out["input_ids"] == tokenizer.encode("heavy rain")
    assert out["attention_mask"] == [1] * len(out["input_ids"])


# ---------------------------------------------------------------------- phrases
def test_token_ids_for_phrase_spells_it_after_a_space_and_at_the_start(tokenizer):
    spellings = tokenizer.token_ids_for_phrase("the ground gets wet")
    assert [tokenizer.decode(ids) for ids in spellings] == [" the ground gets wet", "the ground gets wet"]
    running = tokenizer.encode("If it rains, the ground gets wet.")
    first = spellings[0]
    assert any(running[i:i + len(first)] == first for i in range(len(running)))


def test_token_ids_for_phrase_adds_capitalised_spellings_on_request(tokenizer):
    spellings = tokenizer.token_ids_for_phrase("rain", capitalized=True)
    assert [tokenizer.decode(ids) for ids in spellings] == [" rain", "rain", " Rain", "Rain"]
    assert tokenizer.encode("Rain falls")[: len(spellings[3])] == spellings[3]


def test_token_ids_for_phrase_rejects_a_blank_phrase(tokenizer):
    with pytest.raises(DataError):
        tokenizer.token_ids_for_phrase("   ")


# ---------------------------------------------------------------------- training
def test_training_from_texts_gives_a_working_tokenizer(tiny_texts):
    trained = CausalTokenizer.train(tiny_texts, vocab_size=300, min_frequency=2)
    assert 258 < trained.vocab_size <= 300
    assert (trained.eos_token_id, trained.pad_token_id) == (0, 1)
    assert trained.decode(trained.encode("The owl found the ball. 🦉")) == "The owl found the ball. 🦉"
    assert len(trained.encode(" the river")) < len(" the river")


def test_training_from_a_file_matches_training_from_its_lines(tiny_texts, tmp_path):
    path = tmp_path / "lines.txt"
    path.write_text("\n".join(tiny_texts) + "\n", encoding="utf-8")
    from_file = CausalTokenizer.train(path, vocab_size=300)
    from_paths = CausalTokenizer.train([str(path)], vocab_size=300)
    from_texts = CausalTokenizer.train(tiny_texts, vocab_size=300)
    assert from_file.get_vocab() == from_paths.get_vocab() == from_texts.get_vocab()


def test_training_twice_gives_the_same_tokenizer(tiny_texts):
    first = CausalTokenizer.train(tiny_texts, vocab_size=300)
    second = CausalTokenizer.train(tiny_texts, vocab_size=300)
    assert first.backend_tokenizer.to_str() == second.backend_tokenizer.to_str()


@pytest.mark.parametrize("data", [[], ["", "  \n"], "empty-file"])
def test_training_on_no_text_raises_data_error(tmp_path, data):
    if data == "empty-file":
        data = tmp_path / "empty.txt"
        data.write_text("\n\n")
    with pytest.raises(DataError, match="(?i)no text"):
        CausalTokenizer.train(data, vocab_size=300)


def test_training_on_a_missing_file_raises_data_error(tmp_path):
    with pytest.raises(DataError, match="does not exist"):
        CausalTokenizer.train(tmp_path / "nope.txt")


@pytest.mark.parametrize("vocab_size", [100, 257, 3.5])
def test_training_with_a_vocabulary_below_the_byte_alphabet_raises_data_error(tiny_texts, vocab_size):
    with pytest.raises(DataError, match="vocab_size"):
        CausalTokenizer.train(tiny_texts, vocab_size=vocab_size)


# ---------------------------------------------------------------------- text that is not valid Unicode
@pytest.mark.parametrize("encode", [
    lambda tokenizer: tokenizer.encode("If it rains, caf\udce9"),
    lambda tokenizer: tokenizer(["fine", "If it rains, caf\udce9"]),
])
def test_text_holding_a_byte_that_was_not_utf8_is_a_data_error(tokenizer, encode):
    with pytest.raises(DataError, match=r"U\+DCE9 at character 16 \(the byte 0xe9, which was not UTF-8\)"):
        encode(tokenizer)


def test_training_on_a_file_that_is_not_utf8_names_the_file_and_the_byte(tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes("The caf\u00e9 was closed.\n".encode("latin-1"))
    with pytest.raises(DataError, match=r"latin1.txt is not UTF-8 text: byte 7 \(line 1\) is 0xe9"):
        CausalTokenizer.train(path, vocab_size=300)


def test_training_on_texts_holding_a_lone_surrogate_is_a_data_error():
    with pytest.raises(DataError, match="not valid Unicode"):
        CausalTokenizer.train(["The cat sat.", "caf\udce9"], vocab_size=300)


def test_save_pretrained_removes_temporary_files_of_a_killed_save(tokenizer, tmp_path):
    dead = 2 ** 22 + 1  # above Linux's largest pid_max: no process has this id
    for name in ("tokenizer.json", "tokenizer_config.json"):
        (tmp_path / f".{name}.{dead}.tmp").write_text("half", encoding="utf-8")
    tokenizer.save_pretrained(tmp_path)
    assert sorted(path.name for path in tmp_path.iterdir()) == ["tokenizer.json", "tokenizer_config.json"]
