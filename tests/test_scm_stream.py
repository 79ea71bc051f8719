"""`StructuralCausalModel.sample_to_file`: chunked Parquet / CSV writes equal the in-memory samples, honour
interventions, refuse bad input before any file exists, and keep memory to one chunk."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import numpy as np
import pytest
import torch

from causaltorch.errors import DataError, InterventionError, OutputError, UnknownVariableError
from causaltorch.mechanisms import LinearGaussian
from causaltorch.rules import CausalRuleSet
from causaltorch.scm import StructuralCausalModel

pq = pytest.importorskip("pyarrow.parquet")


def _read(path) -> np.ndarray:
    table = pq.read_table(path)
    return np.stack([table.column(i).to_numpy() for i in range(table.num_columns)], axis=1)


def _linear_chain(d: int) -> StructuralCausalModel:
    """x0 → x1 → … → x{d-1}, each x_j = 0.5·x_{j-1} + 0.1·j + N(0, 1)."""
    rules = CausalRuleSet()
    for j in range(d):
        rules.add_variable(f"x{j}")
    for j in range(1, d):
        rules.add_rule(f"x{j - 1}", f"x{j}", 0.5)
    mechanisms = {f"x{j}": LinearGaussian([0.5] if j else [], 0.1 * j, 1.0) for j in range(d)}
    return StructuralCausalModel(rules, mechanisms)


def test_chunked_parquet_holds_the_rows_of_successive_in_memory_samples(tmp_path):
    scm = StructuralCausalModel(CausalRuleSet.load("weather"))  # noisy-OR: noise drawn variable by variable
    n, chunk = 100_000, 7_000
    path = scm.sample_to_file(tmp_path / "weather.parquet", n, chunk_rows=chunk, seed=3)
    torch.manual_seed(3)
    expected = torch.cat([scm.sample(min(chunk, n - start)) for start in range(0, n, chunk)])
    written = _read(path)
    assert pq.ParquetFile(path).metadata.num_row_groups == 15  # one row group per chunk: ceil(10⁵ / 7000)
    assert pq.read_schema(path).names == scm.variables
    np.testing.assert_array_equal(written, expected.numpy())


def test_chunked_linear_file_equals_one_sample_call(tmp_path):
    scm = _linear_chain(5)
    path = scm.sample_to_file(tmp_path / "chain.parquet", 100_000, chunk_rows=3_200, seed=0)  # 3200·5 = 1000·16
    torch.manual_seed(0)
    expected = scm.sample(100_000).numpy()
    np.testing.assert_allclose(_read(path), expected, rtol=0, atol=1e-12)


def test_seed_leaves_the_global_random_state_alone_and_changes_the_rows(tmp_path):
    scm = _linear_chain(3)
    torch.manual_seed(11)
    before = torch.random.get_rng_state()
    a = _read(scm.sample_to_file(tmp_path / "a.parquet", 1000, seed=1))
    assert torch.equal(torch.random.get_rng_state(), before)
    b = _read(scm.sample_to_file(tmp_path / "b.parquet", 1000, seed=2))
    assert not np.array_equal(a, b)


def test_interventions_fix_the_column_and_shift_its_descendant(tmp_path):
    scm = _linear_chain(3)
    path = scm.sample_to_file(tmp_path / "do.parquet", 100_000, {"x1": 3.0}, chunk_rows=9_999, seed=0)
    rows = _read(path)
    assert np.all(rows[:, 1] == 3.0)
    # x2 = 0.5·3 + 0.2 + N(0, 1): mean 1.7, standard error 1/√10⁵ ≈ 0.003; x0 (an ancestor) keeps mean 0.
    assert abs(rows[:, 2].mean() - 1.7) < 0.02
    assert abs(rows[:, 0].mean()) < 0.02
    assert pq.ParquetFile(path).metadata.row_group(0).column(1).total_compressed_size < 2_000  # dictionary: 1 value


def test_csv_holds_every_value_exactly(tmp_path):
    scm = _linear_chain(4)
    path = scm.sample_to_file(tmp_path / "chain.csv", 5_000, chunk_rows=1_234, seed=5)
    torch.manual_seed(5)
    expected = torch.cat([scm.sample(k) for k in (1234, 1234, 1234, 1234, 64)]).numpy()
    assert path.read_text().splitlines()[0] == "x0,x1,x2,x3"
    np.testing.assert_array_equal(np.loadtxt(path, delimiter=",", skiprows=1), expected)


def test_dtype_sets_the_file_values(tmp_path):
    scm = _linear_chain(4)  # a float32 model: its files are float32 unless told otherwise
    narrow = scm.sample_to_file(tmp_path / "f32.parquet", 50_000, seed=0)
    wide = scm.sample_to_file(tmp_path / "f64.parquet", 50_000, seed=0, dtype="float64")
    assert pq.read_schema(narrow).field(0).type == "float" and pq.read_schema(wide).field(0).type == "double"
    assert 1.9 < wide.stat().st_size / narrow.stat().st_size < 2.1
    np.testing.assert_array_equal(_read(wide), _read(narrow).astype(np.float64))
    doubled = scm.double().sample_to_file(tmp_path / "double.parquet", 1_000, seed=0)
    assert pq.read_schema(doubled).field(0).type == "double"


@pytest.mark.parametrize(("name", "kwargs", "error", "words"), [
    ("zero chunk rows", {"chunk_rows": 0}, DataError, "chunk_rows"),
    ("negative rows", {"n": -5}, DataError, "sample_to_file(n)"),
    ("unknown suffix", {"path": "out.xlsx"}, OutputError, "suffix"),
    ("unknown format", {"format": "feather"}, OutputError, "format"),
    ("integer dtype", {"dtype": "int8"}, OutputError, "float32 or float64"),
    ("unknown codec", {"compression": "rar"}, OutputError, "compression"),
    ("codec on a CSV", {"path": "out.csv", "compression": "zstd"}, OutputError, "Parquet only"),
    ("below a file", {"path": "blocker/out.parquet"}, OutputError, "not a folder"),
    ("more than the disk", {"n": 10**15}, OutputError, "free"),
    ("unknown intervention", {"interventions": {"x9": 1.0}}, UnknownVariableError, "x9"),
    ("negative seed", {"seed": -1}, DataError, "seed"),
    ("per-sample intervention", {"interventions": {"x0": torch.zeros(1000)}}, InterventionError, "per sample"),
])
def test_bad_input_is_named_before_any_file_is_created(tmp_path, name, kwargs, error, words):
    (tmp_path / "blocker").write_text("a file, not a folder")
    scm = _linear_chain(3)
    arguments = {"path": "out.parquet", "n": 1000, **kwargs}
    arguments["path"] = tmp_path / arguments["path"]
    with pytest.raises(error, match=None) as raised:
        scm.sample_to_file(**arguments)
    assert words in str(raised.value), name
    assert sorted(p.name for p in tmp_path.iterdir()) == ["blocker"]


def test_an_error_midway_leaves_no_file(tmp_path):
    scm = _linear_chain(3)

    def stop(chunk: torch.Tensor) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        scm.sample_to_file(tmp_path / "out.parquet", 10_000, chunk_rows=1_000, on_chunk=stop)
    assert list(tmp_path.iterdir()) == []


def test_memory_stays_that_of_one_chunk(tmp_path):
    """2·10⁶ rows × 20 variables (320 MB of float64) in chunks of 50,000 rows (8 MB): peak RSS grows < 120 MB."""
    script = textwrap.dedent(f"""
        import json, resource, sys
        sys.path.insert(0, {str(tmp_path)!r})
        import torch
        torch.set_num_threads(1)
        from causaltorch.mechanisms import LinearGaussian
        from causaltorch.rules import CausalRuleSet
        from causaltorch.scm import StructuralCausalModel
        rules = CausalRuleSet()
        for j in range(20):
            rules.add_variable(f"x{{j}}")
        for j in range(1, 20):
            rules.add_rule(f"x{{j - 1}}", f"x{{j}}", 0.5)
        scm = StructuralCausalModel(rules, {{f"x{{j}}": LinearGaussian([0.5] if j else [], 0.0, 1.0)
                                            for j in range(20)}})
        scm.sample_to_file({str(tmp_path / "warm.parquet")!r}, 100_000, chunk_rows=50_000, seed=0)
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        scm.sample_to_file({str(tmp_path / "big.parquet")!r}, 2_000_000, chunk_rows=50_000, seed=0)
        after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        print(json.dumps({{"growth_mb": (after - before) / 1024}}))
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    growth = json.loads(done.stdout.strip().splitlines()[-1])["growth_mb"]
    assert growth < 120, f"peak RSS grew {growth:.0f} MB writing 320 MB of samples in 8 MB chunks"
    assert pq.ParquetFile(tmp_path / "big.parquet").metadata.num_rows == 2_000_000


# ---------------------------------------------------------------------------------------- command line
def test_cli_parquet_holds_the_same_rows_as_the_csv(tmp_path, monkeypatch):
    import causaltorch.cli.scm as cli_scm
    from causaltorch.cli import main

    # Chunks of 7 rows' worth of memory: many chunks and row groups, and the file still equals the CSV.
    model = StructuralCausalModel(CausalRuleSet.load("weather"))
    monkeypatch.setattr(cli_scm, "_CHUNK_BYTES", 700 * model.bytes_per_sample())
    common = ["scm", "sample", "weather", "-n", "5000", "--do", "rain=1", "--seed", "4"]
    assert main([*common, "--parquet", str(tmp_path / "s.parquet")]) == 0
    assert main([*common, "--csv", str(tmp_path / "s.csv")]) == 0
    rows = _read(tmp_path / "s.parquet")
    assert pq.ParquetFile(tmp_path / "s.parquet").metadata.num_row_groups == 8  # ceil(5000 / 700)
    np.testing.assert_array_equal(rows, np.loadtxt(tmp_path / "s.csv", delimiter=",", skiprows=1))
    assert np.all(rows[:, model.variables.index("rain")] == 1.0)


@pytest.mark.parametrize(("extra", "words"), [
    (["--parquet", "-"], "standard output"),
    (["--compression", "zstd"], "--parquet only"),
    (["-n", "10000000000000", "--parquet", "{tmp}/huge.parquet"], "free"),
    (["--parquet", "{tmp}/blocker/x.parquet"], "not a folder"),
])
def test_cli_parquet_bad_input_is_one_line_before_any_file(tmp_path, capsys, extra, words):
    from causaltorch.cli import main

    (tmp_path / "blocker").write_text("a file")
    arguments = [part.replace("{tmp}", str(tmp_path)) for part in extra]
    assert main(["scm", "sample", "weather", *arguments]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("error: ") and words in err[0]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["blocker"]


def test_cli_parquet_under_a_file_size_limit_is_refused(tmp_path, capsys, monkeypatch):
    import causaltorch._stream as stream
    from causaltorch.cli import main

    monkeypatch.setattr(stream, "_file_size_limit", lambda: 1000)
    assert main(["scm", "sample", "weather", "-n", "1000", "--parquet", str(tmp_path / "x.parquet")]) == 2
    assert "ulimit -f" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []
