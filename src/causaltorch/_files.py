"""Atomic file writes: a failure never leaves a half-written file behind, and nothing but a file is replaced.

`check_output` says whether a path can take a new file, before any work starts; `atomic_path` writes through
a temporary file renamed over the target. A symbolic link is written through to the file it points to (the
link stays a link); a device, FIFO, socket or folder at the path is refused, never replaced.
"""

from __future__ import annotations

import glob
import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from causaltorch.errors import OutputError

__all__ = ["atomic_path", "check_output"]

_KINDS = ((stat.S_ISDIR, "a folder"), (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"),
          (stat.S_ISFIFO, "a FIFO (named pipe)"), (stat.S_ISSOCK, "a socket"))
_NAME_MAX = 255  # bytes in one file name on the common file systems (ext4, XFS, btrfs, APFS, NTFS)
_PID_LIMIT = 2 ** 32 - 1  # no larger process id exists; a bigger number in a temporary's name is not ours


def check_output(path: str | Path) -> Path:
    """The file a write to ``path`` will replace (symbolic links followed), after checking it can be written.

    Raises:
        OutputError: the path is a folder, device, FIFO or socket; a dangling link; a path below a file; or
            its folder cannot be created or written to.
    """
    given = Path(path)
    target = Path(os.path.realpath(given)) if given.is_symlink() else given
    if given.is_symlink() and not target.parent.exists():
        raise OutputError(f"{given} is a symbolic link to {target}, whose folder does not exist.")
    folder = _existing_ancestor(target.parent)
    if folder.is_symlink() and not folder.exists():
        raise OutputError(f"cannot write {given}: {folder} is a symbolic link to {os.readlink(folder)}, which does "
                          "not exist; create that folder or give another path.")
    if not folder.is_dir():
        raise OutputError(f"cannot write {given}: {folder} is not a folder.")
    try:
        mode = target.stat().st_mode
    except FileNotFoundError:
        mode = None
    except OSError as exc:
        raise OutputError(f"cannot write {given}: {exc.strerror}.") from exc
    if mode is not None:
        for test, kind in _KINDS:
            if test(mode):
                raise OutputError(f"{given} is {kind}, not a file; give the path of a file to write.")
        if not os.access(target, os.W_OK):
            raise OutputError(f"cannot write {given}: permission denied.")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise OutputError(f"cannot write {given}: the folder {folder} is not writable.")
    return target


def _existing_ancestor(folder: Path) -> Path:
    """The nearest of ``folder`` and its parents that exists (or is a link, even one to nothing)."""
    while not folder.exists() and not folder.is_symlink() and folder != folder.parent:
        folder = folder.parent
    return folder


def _temporary_prefix(target: Path) -> str:
    """``.<name>``, cut so that ``.<name>.<pid>.tmp`` still fits in a file name."""
    prefix = f".{target.name}"
    while len(os.fsencode(prefix)) > _NAME_MAX - len(".4294967295.tmp"):
        prefix = prefix[:-1]
    return prefix


def _remove_stale_temporaries(target: Path, prefix: str) -> None:
    """Delete temporary files beside ``target`` left by writers that were killed (their process is gone)."""
    for leftover in target.parent.glob(f"{glob.escape(prefix)}.*.tmp"):
        pid = leftover.name[len(prefix) + 1:-len(".tmp")]
        if not pid.isdigit() or int(pid) == os.getpid() or int(pid) > _PID_LIMIT:
            continue  # not a name this module gives, or this process's own file
        try:
            os.kill(int(pid), 0)
        except ProcessLookupError:
            leftover.unlink(missing_ok=True)
        except OSError:  # the process exists but belongs to someone else: leave its file alone
            continue


@contextmanager
def atomic_path(path: str | Path) -> Iterator[Path]:
    """Yield a temporary path beside ``path``'s target; on success it replaces the target, on failure it is removed.

    Missing folders are created. The temporary name carries the process id, so concurrent writers do not
    collide, and temporary files of killed writers are cleaned up on the next write. See `check_output` for
    what is refused.
    """
    target = check_output(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    prefix = _temporary_prefix(target)
    _remove_stale_temporaries(target, prefix)
    temporary = target.with_name(f"{prefix}.{os.getpid()}.tmp")
    try:
        yield temporary
        if target.exists():  # the new file keeps the old one's permissions (a private file stays private)
            os.chmod(temporary, stat.S_IMODE(target.stat().st_mode))
        os.replace(temporary, target)
    except OSError as exc:
        with suppress(OSError):
            temporary.unlink(missing_ok=True)
        raise OSError(exc.errno, f"cannot write: {exc.strerror}", str(path)) from exc
    except BaseException:
        with suppress(OSError):
            temporary.unlink(missing_ok=True)
        raise
