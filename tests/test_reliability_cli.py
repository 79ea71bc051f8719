"""The command line under careless and hostile input: interrupts, terminal escapes, output paths, devices, bytes.

Each test feeds `causaltorch.cli.main` (or one of its helpers) what a careless user or a hostile file would,
and checks the answer is one clear line, or output shown as written, never a traceback or a changed file.
"""

from __future__ import annotations

import json
import os
import stat
import sys
import warnings
from pathlib import Path

import pytest
import torch

from causaltorch import CausalRuleSet
from causaltorch.cli import main, rules
from causaltorch.cli._args import (
    output_folder,
    output_option,
    parse_accelerator,
    parse_devices,
    torch_device,
    utf8_argument,
)
from causaltorch.cli._ui import printable
from causaltorch.errors import DataError, OutputError
from causaltorch.text.corpus import check_utf8, read_documents

HOSTILE = "rain\x1b[2J\x1b[31m\u202egnp.exe"  # clears the screen, turns red, and reverses what follows


@pytest.fixture(autouse=True)
def plain_terminal(monkeypatch):
    for name in ("FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("COLUMNS", "200")


def run(capsys, *argv):
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def one_error_line(code, out, err, exit_code=2) -> str:
    assert code == exit_code and out == "" and "Traceback" not in err
    lines = err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), err
    return lines[0]


def assert_no_terminal_controls(text: str) -> None:
    assert not any(ch in text for ch in "\x1b\x07\x08\x9b\u202e\u2066\u2028"), repr(text)


# ------------------------------------------------------------------------------------------ Ctrl-C
def test_ctrl_c_anywhere_is_error_interrupted_with_exit_130(capsys, monkeypatch):
    def interrupted(args, console):
        raise KeyboardInterrupt

    monkeypatch.setattr(rules, "_cmd_validate", interrupted)
    code, out, err = run(capsys, "rules", "validate", "weather")
    assert one_error_line(code, out, err, exit_code=130) == "error: interrupted"


def test_lightnings_exit_after_ctrl_c_is_reported_as_interrupted_too(capsys, monkeypatch):
    def lightning_style(args, console):
        try:
            raise KeyboardInterrupt
        except KeyboardInterrupt:
            sys.exit(1)  # what lightning.Trainer does after its callbacks ran

    monkeypatch.setattr(rules, "_cmd_validate", lightning_style)
    code, out, err = run(capsys, "rules", "validate", "weather")
    assert one_error_line(code, out, err, exit_code=130) == "error: interrupted"


def test_other_exits_of_a_command_are_left_alone(monkeypatch):
    def exits(args, console):
        sys.exit(3)

    monkeypatch.setattr(rules, "_cmd_validate", exits)
    with pytest.raises(SystemExit) as stopped:
        main(["rules", "validate", "weather"])
    assert stopped.value.code == 3


# ------------------------------------------------------------------------------------------ terminal escapes
@pytest.mark.parametrize("text, shown", [
    ("plain text, café, 日本語, 👨\u200d👩", "plain text, café, 日本語, 👨\u200d👩"),
    ("a\x1b[31mb", "a\\x1b[31mb"),
    ("left\u202eright", "left\\u202eright"),
    ("isolate\u2066x\u2069", "isolate\\u2066x\\u2069"),
    ("bell\x07 del\x7f c1\x9b", "bell\\x07 del\\x7f c1\\x9b"),
    ("tab\tnew\nline\r", "tab\\tnew\\nline\\r"),
    ("byte \udcff", "byte \\xff"),
    ("surrogate \ud800", "surrogate \\ud800"),
])
def test_printable_shows_controls_as_visible_escapes(text, shown):
    assert printable(text) == shown


def test_an_error_line_escapes_what_the_user_typed(capsys):
    code, out, err = run(capsys, "rules", "validate", HOSTILE + ".json")
    line = one_error_line(code, out, err)
    assert_no_terminal_controls(err)
    assert "rain\\x1b[2J\\x1b[31m\\u202egnp.exe.json" in line


def test_a_usage_error_escapes_the_bad_argument(capsys):
    code, out, err = run(capsys, "rules", HOSTILE)
    one_error_line(code, out, err)
    assert_no_terminal_controls(err)


def test_names_from_a_rule_file_are_shown_escaped_in_tables(tmp_path, capsys):
    path = tmp_path / "hostile.json"
    path.write_text(json.dumps({"name": "x\x1b]0;pwned\x07",
                                "cause_effect_pairs": [{"cause": HOSTILE, "effect": "wet\u202e"}]}),
                    encoding="utf-8")
    code, out, err = run(capsys, "rules", "show", str(path))
    assert code == 0, err
    assert_no_terminal_controls(out)
    assert "x\\x1b]0;pwned\\x07" in out and "rain\\x1b[2J\\x1b[31m\\u202egnp.exe" in out and "wet\\u202e" in out


def test_a_path_with_bytes_that_are_not_utf8_is_printed_not_crashed_on(tmp_path, capsys):
    target = Path(os.fsdecode(bytes(tmp_path) + b"/graph\xff.png"))
    code, out, err = run(capsys, "rules", "draw", "weather", "-o", str(target))
    assert code == 0, err
    assert target.is_file() and out.strip().endswith("graph\\xff.png")


# ------------------------------------------------------------------------------------------ output paths
def test_draw_writes_through_a_symbolic_link_and_keeps_it(tmp_path, capsys):
    (tmp_path / "real.png").write_bytes(b"old")
    (tmp_path / "link.png").symlink_to("real.png")
    code, _, err = run(capsys, "rules", "draw", "weather", "-o", str(tmp_path / "link.png"))
    assert code == 0, err
    assert (tmp_path / "link.png").is_symlink() and (tmp_path / "real.png").read_bytes().startswith(b"\x89PNG")


@pytest.mark.parametrize("make, message", [
    (lambda path: os.mkfifo(path), "FIFO"),
    (lambda path: path.mkdir(), "a folder"),
    (lambda path: path.symlink_to("/dev/null"), "character device"),
])
def test_draw_refuses_a_fifo_a_folder_or_a_device_before_reading_the_rules(make, message, tmp_path, capsys):
    target = tmp_path / "graph.png"
    make(target)
    before = os.lstat(target)
    code, out, err = run(capsys, "rules", "draw", str(tmp_path / "no-such-rules.json"), "-o", str(target))
    assert message in one_error_line(code, out, err) and "-o" in err
    after = os.lstat(target)
    assert (stat.S_IFMT(after.st_mode), after.st_ino) == (stat.S_IFMT(before.st_mode), before.st_ino)


def test_draw_to_standard_output_is_refused(tmp_path, capsys):
    code, out, err = run(capsys, "rules", "draw", "weather", "-o", "-")
    assert "standard output" in one_error_line(code, out, err)
    assert not Path("-").exists()


def test_output_option_gives_none_for_a_stream_where_one_is_allowed(tmp_path):
    assert output_option("-", "--csv", stream_ok=True) is None
    assert output_option(tmp_path / "a.csv", "--csv", stream_ok=True) == tmp_path / "a.csv"
    with pytest.raises(OutputError, match="--csv: /dev/null is a character device"):
        output_option("/dev/null", "--csv", stream_ok=True)


def test_output_folder_refuses_a_file_on_the_way_to_what_it_will_write(tmp_path):
    (tmp_path / "run").mkdir()
    (tmp_path / "run" / "model").write_text("a file", encoding="utf-8")
    with pytest.raises(OutputError, match="model is not a folder"):
        output_folder(tmp_path / "run", files=["model/config.json"])
    with pytest.raises(OutputError, match="is a file; give a folder"):
        output_folder(tmp_path / "run" / "model" / "deeper")


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere")
def test_output_folder_refuses_an_unwritable_parent(tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o555)
    try:
        with pytest.raises(OutputError, match="not writable"):
            output_folder(locked / "run")
    finally:
        locked.chmod(0o755)


# ------------------------------------------------------------------------------------------ devices
@pytest.mark.parametrize("value, message", [
    ("banana", "expected a torch device such as cpu"),
    ("", "expected a torch device"),
    ("cuda:-1", "expected a torch device"),
    ("meta", "has no meta device"),
    ("cuda\udcff", "expected a torch device"),
])
def test_torch_device_refuses_what_is_not_a_usable_device(value, message):
    with pytest.raises(DataError, match=message):
        torch_device(value)


@pytest.mark.skipif(torch.cuda.is_available(), reason="this machine has a GPU")
def test_torch_device_refuses_cuda_on_a_machine_without_it():
    with pytest.raises(DataError, match="has no cuda device"):
        torch_device("cuda")


def test_torch_device_refuses_a_gpu_index_past_the_last_one():
    count = torch.cuda.device_count()
    with pytest.raises(DataError, match="has no cuda device" if not count else f"has {count} cuda device"):
        torch_device(f"cuda:{count}")


def test_torch_device_defaults_to_a_gpu_when_there_is_one():
    assert torch_device(None).type == ("cuda" if torch.cuda.is_available() else "cpu")
    assert torch_device("cpu") == torch.device("cpu")


@pytest.mark.parametrize("value, message", [
    ("banana", "expected one of auto, cpu, gpu"),
    ("CPU", "expected one of"),
])
def test_parse_accelerator_refuses_unknown_names(value, message):
    with pytest.raises(DataError, match=message):
        parse_accelerator(value)


@pytest.mark.skipif(torch.cuda.is_available() or torch.backends.mps.is_available(), reason="this machine has a GPU")
@pytest.mark.parametrize("value", ["gpu", "cuda", "mps"])
def test_parse_accelerator_refuses_a_gpu_on_a_machine_without_one(value):
    with pytest.raises(DataError, match="has no GPU"):
        parse_accelerator(value)


@pytest.mark.parametrize("value, message", [
    ("0", "count must be 1 or more"),
    ("-1", "count must be 1 or more"),
    ("0,0", "distinct"),
    ("two", "expected auto, a count"),
])
def test_parse_devices_refuses_counts_below_one_and_repeated_ids(value, message):
    with pytest.raises(DataError, match=message):
        parse_devices(value)


@pytest.mark.skipif(torch.cuda.is_available(), reason="this machine has a GPU")
def test_parse_devices_refuses_gpu_ids_for_training_on_cpus():
    with pytest.raises(DataError, match="training runs on CPUs"):
        parse_devices("0,1", "auto")
    assert parse_devices("2", "cpu") == 2 and parse_devices("auto") == "auto"


# ------------------------------------------------------------------------------------------ bytes that are not UTF-8
def test_utf8_argument_names_the_bad_byte_and_where_it_is():
    assert utf8_argument("café", "PROMPT") == "café"
    with pytest.raises(DataError, match=r"PROMPT 2 is not valid UTF-8 text \(byte 0xff at byte 5\)"):
        utf8_argument("café\udcff", "PROMPT 2")


def test_check_utf8_names_the_file_the_byte_offset_and_the_line(tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes("first line\nna\u00efve".encode("latin-1"))
    with pytest.raises(DataError, match=r"latin1.txt is not UTF-8 text: byte 13 \(line 2\) is 0xef"):
        check_utf8(path)


def test_check_utf8_finds_a_character_cut_between_two_reads(tmp_path, monkeypatch):
    import causaltorch.text.corpus as corpus

    monkeypatch.setattr(corpus, "_SCAN_BYTES", 4)
    path = tmp_path / "euro.txt"
    path.write_bytes("abc\u20ac\n".encode() * 3 + b"\xe2\x82")  # whole euro signs across reads, then a cut one
    with pytest.raises(DataError, match=r"byte 21 \(line 4\) is 0xe2 \(unexpected end of data\)"):
        check_utf8(path)


def test_check_utf8_accepts_utf8_text(tmp_path):
    path = tmp_path / "ok.txt"
    path.write_text("café 👍🏽\n" * 1000, encoding="utf-8")
    check_utf8(path)


def test_read_documents_drops_a_byte_order_mark(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbfIf it rains,\nthe ground gets wet.\n")
    assert list(read_documents(path)) == ["If it rains,", "the ground gets wet."]


def test_read_documents_of_a_file_that_is_not_utf8_raises_a_data_error(tmp_path):
    path = tmp_path / "bad.txt"
    path.write_bytes(b"ok\n\xff\n")
    with pytest.raises(DataError, match=r"byte 3 \(line 2\)"):
        list(read_documents(path))


def test_log_lines_shown_with_verbose_escape_names_too():
    import logging

    from causaltorch.cli import _PrintableFormatter

    record = logging.LogRecord("causaltorch.scm", logging.INFO, __file__, 1, "unknown: %s", (HOSTILE,), None)
    line = _PrintableFormatter("%(levelname)s %(name)s: %(message)s").format(record)
    assert line == "INFO causaltorch.scm: unknown: rain\\x1b[2J\\x1b[31m\\u202egnp.exe"


def test_an_output_folder_that_is_a_dangling_link_is_refused_before_any_work(tmp_path, capsys):
    (tmp_path / "run").symlink_to("nowhere")
    code, out, err = run(capsys, "demo", "--smoke", "--out", str(tmp_path / "run"))
    assert "is a symbolic link to nowhere, which does not exist" in one_error_line(code, out, err)


def test_a_title_and_names_with_controls_or_dollars_draw_as_written_without_warnings(tmp_path):
    pytest.importorskip("matplotlib")
    from causaltorch.viz import draw_ruleset

    ruleset = CausalRuleSet.from_dict({"cause_effect_pairs": [{"cause": "cost $5", "effect": "a\x1bb", "strength": 1}]})
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a missing glyph (the raw control) or a math-text parse error warns
        path = draw_ruleset(ruleset, tmp_path / "g.png", title="a\x1b[2Jb\u202ec $\\frac$")
    assert path.stat().st_size > 0


@pytest.mark.parametrize("argv", [
    ["demo", "--smoke"], ["scm", "sample", "weather"], ["scm", "counterfactual", "weather", "--observed", "rain=1",
                                                        "--do", "rain=0"],
    ["discover", "data.csv"], ["text", "train", "--steps", "2", "--out", "run"],
    ["text", "generate", "hello", "--model", "m"], ["vision", "train", "--steps", "2", "--out", "run"],
    ["video", "generate", "--model", "m", "-o", "clip.gif"],
])
@pytest.mark.parametrize("seed", ["100000000000000000000000", "-1"])
def test_every_seed_out_of_range_is_one_error_line_before_any_work(argv, seed, tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    line = one_error_line(*run(capsys, *argv, "--seed", seed))
    assert "--seed must be an integer in [0, 4294967295]" in line
    assert list(tmp_path.iterdir()) == []  # nothing written


@pytest.mark.parametrize("command", [["text", "train"], ["vision", "train"]])
def test_a_precision_lightning_does_not_know_is_one_error_line(command, tmp_path, capsys):
    line = one_error_line(*run(capsys, *command, "--steps", "2", "--out", str(tmp_path / "run"), "--precision",
                               "banana"))
    assert "--precision got 'banana'; use one of 32-true" in line
    assert not (tmp_path / "run").exists()
