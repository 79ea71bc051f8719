"""Where CausalMLOps writes, and writing there without losing anything.

The default store is embedded: an SQLite database and an artifact folder under ``./causaltorch-runs/``. Any
MLflow tracking URI works unchanged (``tracking_uri=`` or ``MLFLOW_TRACKING_URI``). SQLite lets one writer in
at a time; several processes logging at once see "database is locked", which `retrying` absorbs with
exponential backoff so it never reaches the user.
"""

from __future__ import annotations

import logging
import os
import random
import socket
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import urlparse

from causaltorch.errors import CausalTorchError, require

__all__ = ["DEFAULT_ROOT", "MLOpsError", "TrackingUnreachableError", "import_mlflow", "resolve_tracking_uri",
           "retrying", "check_reachable"]

log = logging.getLogger(__name__)

DEFAULT_ROOT = "causaltorch-runs"
DB_FILE = "mlflow.db"
ARTIFACTS = "artifacts"
RETRY_SECONDS = 60.0  # a locked SQLite database is retried this long before the error surfaces
_ANNOUNCED: set[str] = set()

T = TypeVar("T")


class MLOpsError(CausalTorchError, ValueError):
    """A registry entry, alias, version, search space or objective that CausalMLOps cannot use."""


class TrackingUnreachableError(CausalTorchError):
    """The tracking store (a server, a database, a folder) cannot be reached or written."""


def import_mlflow() -> Any:
    """``mlflow``, imported with its usage telemetry switched off (unless the user set it themselves)."""
    os.environ.setdefault("MLFLOW_DISABLE_TELEMETRY", "true")
    os.environ.setdefault("DO_NOT_TRACK", "true")
    os.environ.setdefault("MLFLOW_ENABLE_ARTIFACTS_PROGRESS_BAR", "false")
    return require("mlflow", "mlops", "experiment tracking")


def resolve_tracking_uri(tracking_uri: str | None, root: str | Path | None) -> tuple[str, Path]:
    """``(tracking URI, artifact root)``: ``tracking_uri``, else ``MLFLOW_TRACKING_URI``, else the embedded
    SQLite store ``root/mlflow.db`` (``root`` defaults to ``./causaltorch-runs``) with artifacts in
    ``root/artifacts``. The embedded location is logged once per process."""
    root_dir = Path(root if root is not None else DEFAULT_ROOT).resolve()
    uri = tracking_uri or os.environ.get("MLFLOW_TRACKING_URI")
    if uri:
        if not isinstance(uri, str):
            raise TrackingUnreachableError(f"tracking_uri must be a string such as 'sqlite:///runs.db' or "
                                           f"'http://host:5000', got {uri!r}.")
        return uri, root_dir / ARTIFACTS
    try:
        root_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise TrackingUnreachableError(f"Cannot create the tracking folder {root_dir}: {exc.strerror}. Pass "
                                       "root= a writable folder, or tracking_uri= another store.") from None
    uri = f"sqlite:///{root_dir / DB_FILE}"
    if uri not in _ANNOUNCED:
        _ANNOUNCED.add(uri)
        log.warning("CausalMLOps tracks runs in %s (artifacts in %s); `causaltorch mlops ui` shows them.",
                    root_dir / DB_FILE, root_dir / ARTIFACTS)
    return uri, root_dir / ARTIFACTS


def check_reachable(uri: str, timeout: float = 5.0) -> None:
    """Refuse an HTTP(S) tracking server nothing answers on within ``timeout`` seconds (MLflow itself would
    retry for minutes before failing)."""
    parsed = urlparse(uri)
    if parsed.scheme == "sqlite":
        _check_sqlite_folder(uri)
        return
    if parsed.scheme not in ("http", "https"):
        return
    port = parsed.port or (443 if parsed.scheme == "https" else 80)
    try:
        with socket.create_connection((parsed.hostname or "", port), timeout=timeout):
            return
    except OSError as exc:
        raise TrackingUnreachableError(
            f"Cannot reach the MLflow tracking server {uri} ({exc.strerror or exc}). Start it (mlflow server "
            "--host ... --port ...), fix tracking_uri / MLFLOW_TRACKING_URI, or leave both unset to use the "
            "embedded SQLite store.") from None


def _check_sqlite_folder(uri: str) -> None:
    """Create the folder of a ``sqlite:///path`` store (as MLflow would) or refuse in our terms: MLflow's own
    attempt raises a bare OSError when a path component is a file or the folder is not writable."""
    path = uri[len("sqlite:///"):] if uri.startswith("sqlite:///") else ""
    if not path or path.startswith(":memory:"):
        return
    database = Path(path)
    existing = next((folder for folder in (database.parent, *database.parent.parents) if folder.exists()), None)
    if existing is not None and not existing.is_dir():
        raise TrackingUnreachableError(f"Cannot open the tracking store {uri}: {existing} is a file, not a folder. "
                                       "Give a database path in a writable folder, or leave tracking_uri unset "
                                       "for the embedded store.")
    try:
        database.parent.mkdir(parents=True, exist_ok=True)
        if database.is_dir():
            raise IsADirectoryError(21, "it is a folder")
    except OSError as exc:
        raise TrackingUnreachableError(
            f"Cannot open the tracking store {uri}: {exc.strerror or exc} ({database.parent}). Give a database "
            "path in a writable folder, or leave tracking_uri unset for the embedded store.") from None


def _is_lock(exc: BaseException) -> bool:
    text = f"{exc} {exc.__cause__ or ''}".lower()
    return "database is locked" in text or "database table is locked" in text


def retrying(call: Callable[[], T], what: str = "writing to the tracking store") -> T:
    """``call()``, retried with jittered exponential backoff while SQLite reports a locked database.

    Any other error, or a lock that outlasts `RETRY_SECONDS`, is raised as `TrackingUnreachableError`
    (errors of ours pass through unchanged).
    """
    deadline = time.monotonic() + RETRY_SECONDS
    delay = 0.01
    while True:
        try:
            return call()
        except CausalTorchError:
            raise
        except Exception as exc:  # MLflow and SQLAlchemy raise many kinds; only locks are retried
            if _is_lock(exc) and time.monotonic() < deadline:
                time.sleep(delay * (0.5 + random.random()))
                delay = min(delay * 2, 1.0)
                continue
            if _is_lock(exc):
                raise TrackingUnreachableError(f"The tracking database stayed locked for {RETRY_SECONDS:.0f} s "
                                               f"while {what}; another process holds it. Use a server-backed "
                                               "store (tracking_uri=) for many writers.") from exc
            raise
