"""`causaltorch._files`: output paths that are not plain files are refused or written through, never replaced."""

import os
import signal
import stat
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from causaltorch._files import atomic_path, check_output
from causaltorch.errors import OutputError


def write(path, text):
    with atomic_path(path) as temporary:
        temporary.write_text(text, encoding="utf-8")


def dead_pid() -> int:
    """A process id no process can have (above the kernel's limit), so the writer it names is surely gone."""
    try:
        return int(Path("/proc/sys/kernel/pid_max").read_text()) + 1
    except OSError:
        return 2 ** 22 + 1  # Linux's largest pid_max, plus one


def leftovers(folder):
    return sorted(path.name for path in folder.iterdir() if path.name.endswith(".tmp"))


def test_a_symbolic_link_is_written_through_and_stays_a_link(tmp_path):
    (tmp_path / "real.csv").write_text("old", encoding="utf-8")
    link = tmp_path / "link.csv"
    link.symlink_to("real.csv")
    write(link, "new")
    assert link.is_symlink() and os.readlink(link) == "real.csv"
    assert (tmp_path / "real.csv").read_text(encoding="utf-8") == "new"
    assert leftovers(tmp_path) == []


def test_a_link_to_a_link_is_followed_to_the_last_file(tmp_path):
    (tmp_path / "real.csv").write_text("old", encoding="utf-8")
    (tmp_path / "middle.csv").symlink_to("real.csv")
    (tmp_path / "link.csv").symlink_to("middle.csv")
    write(tmp_path / "link.csv", "new")
    assert (tmp_path / "link.csv").is_symlink() and (tmp_path / "middle.csv").is_symlink()
    assert (tmp_path / "real.csv").read_text(encoding="utf-8") == "new"


def test_a_dangling_link_into_a_missing_folder_is_refused(tmp_path):
    link = tmp_path / "link.csv"
    link.symlink_to(tmp_path / "gone" / "real.csv")
    with pytest.raises(OutputError, match="symbolic link"):
        check_output(link)
    assert link.is_symlink() and not (tmp_path / "gone").exists()


def test_a_link_loop_is_refused_with_a_message(tmp_path):
    (tmp_path / "a.csv").symlink_to("b.csv")
    (tmp_path / "b.csv").symlink_to("a.csv")
    with pytest.raises(OutputError, match="cannot write"):
        check_output(tmp_path / "a.csv")


def test_dev_null_is_refused_and_left_a_device():
    with pytest.raises(OutputError, match="character device"):
        write("/dev/null", "x")
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


def test_a_link_to_a_device_is_refused(tmp_path):
    link = tmp_path / "out.csv"
    link.symlink_to("/dev/null")
    with pytest.raises(OutputError, match="character device"):
        check_output(link)
    assert link.is_symlink() and stat.S_ISCHR(os.stat("/dev/null").st_mode)


def test_a_fifo_is_refused_and_left_a_fifo(tmp_path):
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    with pytest.raises(OutputError, match="FIFO"):
        write(fifo, "x")
    assert stat.S_ISFIFO(os.stat(fifo).st_mode) and leftovers(tmp_path) == []


def test_a_folder_is_refused_and_kept(tmp_path):
    folder = tmp_path / "out.csv"
    folder.mkdir()
    (folder / "inside").write_text("keep", encoding="utf-8")
    with pytest.raises(OutputError, match="a folder"):
        write(folder, "x")
    assert (folder / "inside").read_text(encoding="utf-8") == "keep"


def test_a_path_below_a_file_is_refused(tmp_path):
    (tmp_path / "file").write_text("keep", encoding="utf-8")
    with pytest.raises(OutputError, match="cannot write"):
        check_output(tmp_path / "file" / "out.csv")
    with pytest.raises(OutputError, match="file is not a folder"):
        check_output(tmp_path / "file" / "missing" / "out.csv")


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere")
def test_an_unwritable_folder_is_refused(tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        with pytest.raises(OutputError, match="not writable"):
            check_output(folder / "out.csv")
    finally:
        folder.chmod(0o755)


def test_missing_folders_are_created(tmp_path):
    write(tmp_path / "a" / "b" / "out.csv", "x")
    assert (tmp_path / "a" / "b" / "out.csv").read_text(encoding="utf-8") == "x"


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path):
    target = tmp_path / "out.csv"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(RuntimeError), atomic_path(target) as temporary:
        temporary.write_text("half", encoding="utf-8")
        raise RuntimeError("the writer failed")
    assert target.read_text(encoding="utf-8") == "old" and leftovers(tmp_path) == []


def test_the_replaced_file_keeps_its_permissions(tmp_path):
    target = tmp_path / "private.csv"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o600)
    write(target, "new")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_a_temporary_file_of_a_dead_writer_is_cleaned_up(tmp_path):
    stale = tmp_path / f".out.csv.{dead_pid()}.tmp"
    stale.write_text("half", encoding="utf-8")
    write(tmp_path / "out.csv", "x")
    assert leftovers(tmp_path) == []


def test_a_temporary_file_of_a_running_writer_is_kept(tmp_path):
    live = tmp_path / f".out.csv.{os.getppid()}.tmp"
    live.write_text("in progress", encoding="utf-8")
    write(tmp_path / "out.csv", "x")
    assert leftovers(tmp_path) == [live.name]


def test_temporaries_of_dead_writers_are_cleaned_up_beside_names_with_glob_characters(tmp_path):
    stale = tmp_path / f".data[1].csv.{dead_pid()}.tmp"
    stale.write_text("half", encoding="utf-8")
    write(tmp_path / "data[1].csv", "x")
    assert leftovers(tmp_path) == []


def test_a_temporary_named_with_an_impossible_pid_does_not_break_writing(tmp_path):
    (tmp_path / f".out.csv.{10 ** 30}.tmp").write_text("junk", encoding="utf-8")
    write(tmp_path / "out.csv", "x")
    assert (tmp_path / "out.csv").read_text(encoding="utf-8") == "x"


def test_a_file_name_at_the_length_limit_can_be_written(tmp_path):
    target = tmp_path / ("n" * 251 + ".csv")
    write(target, "x")
    assert target.read_text(encoding="utf-8") == "x" and leftovers(tmp_path) == []


def test_a_writer_killed_mid_write_leaves_a_temporary_that_the_next_write_removes(tmp_path):
    target = tmp_path / "out.bin"
    script = textwrap.dedent(f"""
        import sys, time
        from causaltorch._files import atomic_path
        with atomic_path({str(target)!r}) as temporary:
            temporary.write_bytes(b"half")
            print("writing", flush=True)
            time.sleep(60)
    """)
    writer = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    try:
        assert writer.stdout.readline().strip() == "writing"
        writer.send_signal(signal.SIGKILL)
    finally:
        writer.wait(timeout=30)
    assert leftovers(tmp_path) == [f".out.bin.{writer.pid}.tmp"] and not target.exists()
    deadline = time.monotonic() + 5
    while Path(f"/proc/{writer.pid}").exists() and time.monotonic() < deadline:  # reaped: the pid is free
        time.sleep(0.01)
    with atomic_path(target) as temporary:
        temporary.write_bytes(b"whole")
    assert target.read_bytes() == b"whole" and leftovers(tmp_path) == []


def test_a_dangling_link_on_the_way_to_the_file_is_refused_before_writing(tmp_path):
    (tmp_path / "out").symlink_to("missing-folder")
    with pytest.raises(OutputError, match="symbolic link to missing-folder, which does not exist"):
        write(tmp_path / "out" / "model" / "config.json", "x")
    assert not (tmp_path / "missing-folder").exists()
