"""The SCM, sampling and discovery under careless and hostile input (issue 14): any name a rule file accepts,
sizes beyond memory, streamed CSV output, and discovery's options and files."""

from __future__ import annotations

import csv
import io
import json
import math
import time
from types import SimpleNamespace

import numpy as np
import pytest
import torch
from hypothesis import given, settings
from hypothesis import strategies as st

import causaltorch._checkpoint as checkpoint
import causaltorch.cli.scm as cli_scm
from causaltorch import CausalRule, CausalRuleSet, StructuralCausalModel
from causaltorch.cli import main
from causaltorch.discovery import discover
from causaltorch.discovery.data import read_csv
from causaltorch.errors import CausalTorchError, DataError, RuleValidationError

# Names that break an nn.ModuleDict or a state dict (a dot, nn.Module attributes and methods, positions,
# the escape character and an escaped-looking name) next to ordinary and non-ASCII ones.
AWKWARD = ["a.b", "training", "forward", "parameters", "_modules", "type", "cuda", "state_dict", "0", "1",
           "mechanisms", "__class__", "_parameters", "__dict__", "register_buffer", "__init__", "dump_patches",
           "%", "a%2Eb", "x y", "ü.ñ", "雨", "rain"]


def chain(names: list[str], strength: float = 0.7) -> CausalRuleSet:
    return CausalRuleSet([CausalRule(a, b, strength) for a, b in zip(names, names[1:])])


def one_error_line(code: int, captured) -> str:
    assert code == 2, captured
    lines = captured.err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), captured.err
    return lines[0]


# ------------------------------------------------------------------ any name a rule file accepts works everywhere
@pytest.mark.parametrize("mechanism", ["noisy_or", "linear", "mlp"])
def test_awkward_names_build_sample_intervene_and_reload(mechanism):
    model = StructuralCausalModel(chain(AWKWARD), mechanism)
    assert model.sample(4).shape == (4, len(AWKWARD))
    fixed = model.do({"a.b": 1.0, "training": 0.0}).sample(3, as_dict=True)
    assert fixed["a.b"].eq(1).all() and fixed["training"].eq(0).all()
    assert model.mechanisms["forward"] is model.mechanisms[AWKWARD[2]] and "cuda" in model.mechanisms
    model.train()
    model.eval()
    model.double()
    again = StructuralCausalModel(chain(AWKWARD), mechanism).double()
    again.load_state_dict(model.state_dict())
    for (name, mine), (_, theirs) in zip(model.mechanisms.items(), again.mechanisms.items()):
        for a, b in zip(mine.state_dict().values(), theirs.state_dict().values()):
            assert torch.equal(a, b), name


def test_awkward_names_answer_counterfactuals():
    model = StructuralCausalModel(chain(AWKWARD), "linear")
    cf = model.counterfactual({name: 1.0 for name in AWKWARD}, {"a.b": 0.0}, as_dict=True)
    # x_j = w·x_{j-1} + u_j with w = 0.7: lowering a.b by 1 lowers its k-th descendant by 0.7^k
    assert cf["training"].item() == pytest.approx(1.0 - 0.7, abs=1e-5)
    assert cf["forward"].item() == pytest.approx(1.0 - 0.7**2, abs=1e-5)
    assert cf["0"].item() == pytest.approx(1.0 - 0.7**8, abs=1e-5)  # "0" is a.b's 8th descendant
    assert cf["a.b"].item() == 0.0


@settings(max_examples=40, deadline=None)
@given(st.lists(st.one_of(st.text(min_size=1, max_size=12).filter(str.strip), st.sampled_from("0123.")), min_size=2,
                max_size=6, unique=True))
def test_any_names_that_rules_accept_sample_and_reload(names):
    rules = chain(names)
    assert CausalRuleSet.from_json(rules.to_json()) == rules
    model = StructuralCausalModel(rules)
    model.do({names[0]: 1.0}).sample(2)
    StructuralCausalModel(rules).load_state_dict(model.state_dict())


def test_state_dict_keys_are_the_variable_names_saved_models_have_always_had():
    model = StructuralCausalModel(chain(["rain", "wet", "a.b", "%"]))
    assert list(model.state_dict()) == [
        "mechanisms.rain.strengths", "mechanisms.rain.leak", "mechanisms.wet.strengths", "mechanisms.wet.leak",
        "mechanisms.a%2Eb.strengths", "mechanisms.a%2Eb.leak", "mechanisms.%25.strengths", "mechanisms.%25.leak"]


def test_variables_named_like_other_variables_positions_keep_their_own_state():
    # "2" sits at position 1 and "1" at position 2: renaming one key at a time would overwrite one of them
    model = StructuralCausalModel(chain(["0", "2", "1"]))
    with torch.no_grad():
        model.mechanisms["2"].strengths.fill_(0.25)
    state = model.state_dict()
    assert state["mechanisms.2.strengths"].item() == 0.25
    assert state["mechanisms.1.strengths"].item() == pytest.approx(0.7)
    again = StructuralCausalModel(chain(["0", "2", "1"]))
    again.load_state_dict(state)
    assert again.mechanisms["2"].strengths.item() == 0.25
    assert again.mechanisms["1"].strengths.item() == pytest.approx(0.7)


def test_a_state_dict_written_before_positions_loads_into_the_right_mechanisms():
    model = StructuralCausalModel(chain(["rain", "training", "0"]))
    old_style = {"mechanisms.0.strengths": torch.tensor([0.25]), "mechanisms.0.leak": torch.tensor(0.125),
                 "mechanisms.rain.strengths": torch.zeros(0), "mechanisms.rain.leak": torch.tensor(0.5),
                 "mechanisms.training.strengths": torch.tensor([0.75]), "mechanisms.training.leak": torch.tensor(0.0)}
    model.load_state_dict(old_style)
    assert model.mechanisms["0"].strengths.item() == 0.25 and model.mechanisms["0"].leak.item() == 0.125
    assert model.mechanisms["training"].strengths.item() == 0.75


def test_a_vision_transformer_over_awkward_names_saves_and_loads(tmp_path):
    from causaltorch.vision.vit import CausalVisionTransformer

    torch.manual_seed(0)
    vit = CausalVisionTransformer(image_size=8, patch_size=4, num_classes=2, d_model=8, n_heads=2, n_layers=1,
                                  causal_rules=chain(["a.b", "training", "forward"]))
    vit.save_pretrained(tmp_path / "vit")
    loaded = CausalVisionTransformer.from_pretrained(tmp_path / "vit")
    assert loaded.symbolic.scm.mechanisms["training"].strengths.item() == pytest.approx(0.7)
    image = torch.rand(1, 3, 8, 8)
    vit.eval()
    loaded.eval()
    assert torch.equal(vit(image)[1], loaded(image)[1])


def test_awkward_column_names_go_from_a_csv_through_discover_to_sample_and_counterfactual(tmp_path, capsys):
    generator = np.random.default_rng(0)
    cause = generator.standard_normal(400)
    effect = 1.0 * cause + 0.5 * generator.standard_normal(400)
    data = tmp_path / "awkward.csv"
    with data.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["a.b", "training"])
        writer.writerows(zip(cause, effect))
    rules = tmp_path / "rules.json"
    assert main(["discover", str(data), "--out", str(rules)]) == 0
    pairs = json.loads(rules.read_text())["cause_effect_pairs"]
    assert {(p["cause"], p["effect"]) for p in pairs} <= {("a.b", "training"), ("training", "a.b")} and pairs
    assert main(["scm", "sample", str(rules), "-n", "50", "--do", "a.b=1"]) == 0
    assert main(["scm", "counterfactual", str(rules), "--observed", "a.b=1,training=1", "--do", "a.b=0"]) == 0
    assert main(["rules", "validate", str(rules)]) == 0
    capsys.readouterr()


def test_from_data_with_awkward_dataframe_columns():
    pandas = pytest.importorskip("pandas")
    generator = np.random.default_rng(1)
    x = generator.standard_normal(300)
    frame = pandas.DataFrame({"forward": x, "a.b": 2.0 * x + 0.1 * generator.standard_normal(300)})
    model = StructuralCausalModel.from_data(frame, required=["forward->a.b"])
    assert model.mechanisms["a.b"].weights.item() == pytest.approx(2.0, abs=0.05)


# ------------------------------------------------------------------ counterfactuals never crash on a valid question
def test_intervening_on_an_unobserved_root_gives_the_counterfactual_derived_on_paper():
    # clouds -> sun <- night (powers 0.6 and 0.8, leak 0.1): observed clouds = 1, do(night = 0):
    # sun = 1 - (1 - 0.1)(1 - 0.6) = 0.64. This used to raise a TypeError from torch.stack.
    rules = CausalRuleSet.from_dict({"variables": {"sun": {"base_rate": 0.1}}, "cause_effect_pairs": [
        {"cause": "clouds", "effect": "sun", "strength": 0.6}, {"cause": "night", "effect": "sun", "strength": 0.8}]})
    cf = StructuralCausalModel(rules).counterfactual({"clouds": 1.0}, {"night": 0.0}, as_dict=True)
    assert cf["sun"].item() == pytest.approx(0.64, abs=1e-6)
    assert cf["night"].item() == 0.0 and cf["clouds"].item() == pytest.approx(1.0, abs=1e-6)


def test_the_counterfactual_command_with_an_intervened_unobserved_variable(capsys):
    assert main(["scm", "counterfactual", "weather", "--observed", "clouds=1", "--do", "night=0"]) == 0
    assert "sun" in capsys.readouterr().out


@st.composite
def questions(draw):
    n = draw(st.integers(2, 6))
    names = [f"v{i}" for i in range(n)]
    edges = draw(st.lists(st.tuples(st.integers(0, n - 1), st.integers(0, n - 1)), max_size=8))
    rules = CausalRuleSet()
    for name in names:
        rules.add_variable(name)
    for i, j in edges:
        if i < j and rules.get_rule(names[i], names[j]) is None:
            rules.add_rule(names[i], names[j], draw(st.sampled_from([-0.5, 0.3, 0.9])))
    observed = draw(st.dictionaries(st.sampled_from(names), st.sampled_from([0.0, 1.0]), min_size=1))
    actions = draw(st.dictionaries(st.sampled_from(names), st.sampled_from([0.0, 1.0]), min_size=1))
    return rules, observed, actions


@settings(max_examples=80, deadline=None)
@given(questions(), st.sampled_from([None, 3]))
def test_a_counterfactual_answers_or_raises_a_causaltorch_error(question, num_samples):
    rules, observed, actions = question
    model = StructuralCausalModel(rules)
    try:
        out = model.counterfactual(observed, actions, num_samples=num_samples, strict=False)
    except CausalTorchError:
        return  # an observation the model cannot produce, named
    assert out.shape[1] == len(rules.variables)
    for name, value in actions.items():
        assert bool((out[:, rules.index(name)] == value).all())


# ------------------------------------------------------------------ sizes: refused before allocating
@pytest.mark.parametrize("call", [
    lambda m: m.sample(10**12), lambda m: m.sample_noise(10**12), lambda m: m.rollout(10**6, n=10**6),
    lambda m: m.counterfactual({"rain": 1.0}, {"rain": 0.0}, num_samples=10**12),
])
def test_requests_larger_than_memory_are_refused_before_allocating(call):
    model = StructuralCausalModel(CausalRuleSet.load("weather"))
    with pytest.raises(DataError, match=r"needs about [\d,.]+ GiB, more than the .* of memory available; ask for "
                                        r"fewer samples"):
        call(model)


@pytest.fixture
def memory(monkeypatch):
    """Set the bytes the shared memory check (`causaltorch._checkpoint.check_memory`) sees as available."""
    monkeypatch.setattr(checkpoint, "ALWAYS_FITS", 0)
    return lambda available: monkeypatch.setattr(checkpoint, "available_memory", lambda device=None: available)


def test_the_memory_check_uses_what_is_available(memory):
    model = StructuralCausalModel(CausalRuleSet.load("weather"))
    memory(10 * model.bytes_per_sample())
    model.sample(10)
    with pytest.raises(DataError, match="sample\\(n=11\\) needs about"):
        model.sample(11)


def test_counterfactual_worlds_shrink_for_large_models_instead_of_filling_memory():
    model = StructuralCausalModel(chain([f"v{i}" for i in range(1000)]))
    assert model._world_rows() == (1 << 24) // 1000
    small = StructuralCausalModel(chain(["a", "b"]))
    assert small._world_rows() == 1 << 20  # unchanged for the models of every earlier result


# ------------------------------------------------------------------ scm sample: chunks, --csv, --csv -
@pytest.fixture
def small_chunks(monkeypatch):
    """Chunks of at most 7 rows of the weather model, and the largest sample() call seen."""
    seen = []
    original = StructuralCausalModel.sample

    def recording(self, n, as_dict=False):
        seen.append(n)
        return original(self, n, as_dict)

    monkeypatch.setattr(StructuralCausalModel, "sample", recording)
    model = StructuralCausalModel(CausalRuleSet.load("weather"))
    monkeypatch.setattr(cli_scm, "_CHUNK_BYTES", 7 * model.bytes_per_sample())
    return seen


def test_scm_sample_streams_chunks_into_the_csv_and_summarises_all_of_them(tmp_path, capsys, small_chunks):
    out = tmp_path / "samples.csv"
    assert main(["scm", "sample", "weather", "-n", "100", "--csv", str(out)]) == 0
    pilot, *chunks = small_chunks  # a pilot of up to 256 rows sizes the file, then the chunks
    assert pilot == 100 and max(chunks) == 7 and sum(chunks) == 100
    rows = list(csv.reader(out.open()))
    assert rows[0][:2] == ["clouds", "night"] and len(rows) == 101
    values = np.array(rows[1:], dtype=float)
    printed = {line.split()[0]: line.split()[1:] for line in capsys.readouterr().out.splitlines()[3:13]}
    for j, name in enumerate(rows[0]):
        assert float(printed[name][0]) == pytest.approx(values[:, j].mean(), abs=5e-4)
        assert float(printed[name][1]) == pytest.approx(values[:, j].std(), abs=5e-4)
    assert [p.name for p in tmp_path.iterdir()] == ["samples.csv"]


def test_a_failure_while_streaming_leaves_the_old_csv_and_no_temporary_file(tmp_path, capsys, monkeypatch):
    out = tmp_path / "samples.csv"
    out.write_text("old\n")
    calls = []

    def failing(self, n, as_dict=False):
        calls.append(n)
        if len(calls) == 3:
            raise KeyboardInterrupt
        return torch.zeros(n, len(self.variables))

    monkeypatch.setattr(StructuralCausalModel, "sample", failing)
    monkeypatch.setattr(cli_scm, "_CHUNK_BYTES", 5 * StructuralCausalModel(CausalRuleSet.load("weather"))
                        .bytes_per_sample())
    assert main(["scm", "sample", "weather", "-n", "100", "--csv", str(out)]) == 130
    assert out.read_text() == "old\n" and [p.name for p in tmp_path.iterdir()] == ["samples.csv"]
    capsys.readouterr()


def test_csv_dash_writes_the_samples_to_standard_output_and_the_summary_to_standard_error(capsys):
    assert main(["scm", "sample", "weather", "-n", "25", "--csv", "-", "--do", "rain=1"]) == 0
    captured = capsys.readouterr()
    rows = list(csv.reader(io.StringIO(captured.out)))
    assert rows[0][2] == "rain" and len(rows) == 26 and all(row[2] == "1" for row in rows[1:])
    assert "25 samples of" in captured.err and "rain" in captured.err


def test_an_unwritable_csv_is_refused_before_sampling(tmp_path, capsys, small_chunks):
    line = one_error_line(main(["scm", "sample", "weather", "--csv", str(tmp_path)]), capsys.readouterr())
    assert "is a folder" in line and small_chunks == []


def test_a_csv_that_cannot_fit_on_the_disk_is_refused_before_sampling(tmp_path, capsys, small_chunks, monkeypatch):
    monkeypatch.setattr(cli_scm.shutil, "disk_usage", lambda path: SimpleNamespace(free=1000))
    out = tmp_path / "big.csv"
    line = one_error_line(main(["scm", "sample", "weather", "-n", "1000", "--csv", str(out)]), capsys.readouterr())
    # weather's values are 0 or 1: a row is ten one-digit values and their separators, 20 bytes
    assert "1000 samples of 10 variables take about 20,0" in line and "1,000 bytes free" in line
    assert small_chunks == [cli_scm._PILOT_ROWS] and not out.exists()  # only the pilot was drawn


def test_the_pilot_that_sizes_the_csv_leaves_the_samples_unchanged(tmp_path, capsys):
    main(["scm", "sample", "weather", "-n", "40", "--csv", str(tmp_path / "with.csv")])
    capsys.readouterr()
    main(["scm", "sample", "weather", "-n", "40", "--csv", "-"])
    assert (tmp_path / "with.csv").read_text() == capsys.readouterr().out


@pytest.mark.parametrize("argv, expected", [
    (["scm", "counterfactual", "weather", "--observed", "rain=1", "--do", "rain=0", "--samples", "1000000000000"],
     "--samples 1000000000000 needs about"),
    (["scm", "sample", "weather", "--seed", str(2**70)], "--seed must be an integer"),
    (["scm", "sample", "weather", "-n", "0"], "-n must be a positive number of samples"),
    (["scm", "sample", "weather", "-n", "1000000000000"], "-n 1000000000000 needs about"),
    (["scm", "demo", "-n", "1000000000000"], "-n 1000000000000 needs about"),
])
def test_sizes_and_seeds_out_of_range_are_one_error_line(argv, expected, capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert expected in one_error_line(main(argv), capsys.readouterr())
    assert list(tmp_path.iterdir()) == []


def test_the_demo_refuses_an_output_folder_that_is_a_file_before_any_work(tmp_path, capsys):
    target = tmp_path / "file"
    target.write_text("keep")
    one_error_line(main(["scm", "demo", "--out", str(target)]), capsys.readouterr())
    assert target.read_text() == "keep"


# ------------------------------------------------------------------ discover: options, files
@pytest.fixture(scope="module")
def chain_csv(tmp_path_factory):
    generator = np.random.default_rng(0)
    rain = generator.standard_normal(300)
    wet = rain + 0.5 * generator.standard_normal(300)
    path = tmp_path_factory.mktemp("data") / "chain.csv"
    np.savetxt(path, np.column_stack([rain, wet]), delimiter=",", header="rain,wet", comments="", fmt="%.6f")
    return path


def test_a_negative_lambda1_is_refused(chain_csv, capsys):
    line = one_error_line(main(["discover", str(chain_csv), "--lambda1", "-0.1"]), capsys.readouterr())
    assert "--lambda1 must be a number >= 0" in line
    with pytest.raises(RuleValidationError, match="lambda1 must be a number >= 0"):
        discover(np.loadtxt(chain_csv, delimiter=",", skiprows=1), lambda1=-0.1)


@pytest.mark.parametrize("option, value, expected", [
    ("--device", "banana", "--device got 'banana'"), ("--seed", str(2**64), "seed must be an integer"),
    ("--out", "rules.txt", "use a .json, .yaml or .yml suffix"),
])
def test_bad_discover_options_are_one_error_line(chain_csv, capsys, option, value, expected):
    assert expected in one_error_line(main(["discover", str(chain_csv), option, value]), capsys.readouterr())


def test_an_output_that_is_a_folder_is_refused_before_reading_the_data(tmp_path, capsys):
    folder = tmp_path / "rules.json"
    folder.mkdir()
    line = one_error_line(main(["discover", str(tmp_path / "missing.csv"), "--out", str(folder)]),
                          capsys.readouterr())
    assert "is a folder" in line


def test_a_byte_order_mark_is_not_part_of_the_first_column_name(tmp_path):
    path = tmp_path / "bom.csv"
    path.write_bytes("\ufeffrain,wet\n1,2\n3,5\n".encode())
    values, columns = read_csv(path)
    assert columns == ["rain", "wet"] and values.tolist() == [[1.0, 2.0], [3.0, 5.0]]


@pytest.mark.parametrize("text, expected", [
    ("a,b\n1,2\n" + "3," + "9" * 200_000 + "\n", "line 3: not a readable CSV row"),
    ("a,b\n1,2\n3,\x004\n", "line 3"),
])
def test_a_malformed_csv_is_a_data_error(tmp_path, text, expected):
    path = tmp_path / "bad.csv"
    path.write_text(text)
    with pytest.raises(DataError, match=expected):
        read_csv(path)


def test_line_numbers_count_blank_lines(tmp_path):
    path = tmp_path / "blank.csv"
    path.write_text("a,b\n\n1,2\n\n3,x\n")
    with pytest.raises(DataError, match="line 5 holds 'x'"):
        read_csv(path)


def test_a_csv_larger_than_memory_is_refused_before_reading(tmp_path, memory):
    path = tmp_path / "data.csv"
    path.write_text("a,b\n" + "1,2\n" * 1000)
    memory(1000)
    with pytest.raises(DataError, match=r"Reading .*data.csv .* needs about"):
        read_csv(path)


def test_discovery_larger_than_memory_is_refused_before_fitting(memory):
    data = np.random.default_rng(0).standard_normal((200, 3))
    memory(200 * 3 * 8 * 10)
    discover(data)  # linear NOTEARS: a few copies of the data
    with pytest.raises(DataError, match="notears-mlp on 200 rows x 3 columns needs about"):
        discover(data, method="notears-mlp")


def test_discover_text_refuses_to_write_a_rule_file_without_rules(tmp_path, capsys):
    corpus = tmp_path / "corpus.txt"
    corpus.write_text("The sky is blue.\n")
    out = tmp_path / "rules.json"
    line = one_error_line(main(["discover-text", str(corpus), "--out", str(out)]), capsys.readouterr())
    assert "no rules to write" in line and not out.exists()


def test_nan_in_a_column_named_like_a_module_attribute_is_named(tmp_path):
    path = tmp_path / "nan.csv"
    path.write_text("training,cuda\n1,2\n3,\n5,6\n")
    values, columns = read_csv(path)
    assert math.isnan(values[1, 1])
    with pytest.raises(DataError, match="column 'cuda'"):
        discover(values, names=columns)


def test_a_hold_longer_than_any_run_is_clipped_not_iterated():
    # duration 10^18 used to iterate 10^18 steps before time 0 (a hang); it holds for the whole run instead
    rules = CausalRuleSet([CausalRule("a", "b", 1.0, temporal_offset=1, duration=10**18)])
    rules.add_variable("b", base_rate=0.0)
    model = StructuralCausalModel(rules)
    trajectory = model.rollout(6, {"a": {0: 1.0, 1: 0.0, 2: 0.0, 3: 0.0, 4: 0.0, 5: 0.0}}, as_dict=True)
    assert trajectory["b"][0].tolist() == [0.0, 1.0, 1.0, 1.0, 1.0, 1.0]


def test_a_corpus_larger_than_memory_is_refused_before_reading(tmp_path, capsys, memory):
    corpus = tmp_path / "corpus.txt"
    corpus.write_text("Rain causes floods.\n" * 100)
    memory(1000)
    line = one_error_line(main(["discover-text", str(corpus)]), capsys.readouterr())
    assert "corpus.txt" in line and "needs about" in line


def test_more_bootstrap_resamples_than_can_change_a_confidence_are_refused_before_fitting(tmp_path, capsys):
    data = np.random.default_rng(0).standard_normal((50, 2))
    with pytest.raises(RuleValidationError, match="bootstrap must be a whole number of resamples from 0 to 10000"):
        discover(data, bootstrap=10**9)
    path = tmp_path / "data.csv"
    path.write_text("x,y\n" + "".join(f"{a},{b}\n" for a, b in data))
    start = time.perf_counter()
    line = one_error_line(main(["discover", str(path), "--bootstrap", "1000000000"]), capsys.readouterr())
    assert "--bootstrap must be a number of resamples from 0 to 10000" in line and time.perf_counter() - start < 5


def test_a_csv_larger_than_the_file_size_limit_is_refused_before_sampling(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(cli_scm, "_file_size_limit", lambda: 1000)
    out = tmp_path / "big.csv"
    out.write_text("old,data\n")
    line = one_error_line(main(["scm", "sample", "weather", "-n", "1000", "--csv", str(out)]), capsys.readouterr())
    assert "file-size limit" in line and out.read_text() == "old,data\n"


def test_the_file_size_limit_is_read_from_the_process():
    resource = pytest.importorskip("resource")
    soft = resource.getrlimit(resource.RLIMIT_FSIZE)[0]
    assert cli_scm._file_size_limit() == (None if soft == resource.RLIM_INFINITY else soft)


@pytest.mark.parametrize("batch_size", [0, -5, 2.5, True])
def test_fit_refuses_a_batch_size_that_is_not_a_positive_integer(batch_size):
    model = StructuralCausalModel(CausalRuleSet.load("weather"))
    data = model.sample(50)
    before = {k: v.clone() for k, v in model.state_dict().items()}
    with pytest.raises(DataError, match=r"fit\(batch_size\) must be a positive number of rows per step"):
        model.fit(data, batch_size=batch_size)
    assert all(torch.equal(before[k], v) for k, v in model.state_dict().items())
