"""A tamper-evident log: each block holds the previous block's hash and the SHA-256 of its own canonical JSON.

Blocks are appended to a JSONL file (one block a line) and fsynced before `append` returns, so an accepted
update is on disk before the server acts on it. `HashChain.verify` re-reads the file and names the first bad
block after an edit, a deletion or a reordering; reopening the file resumes the chain at its last block.
A file that ends mid-line (a crash during a write) is refused unless opened with ``recover=True``, which drops
only that last partial line.

Deleting the *last* blocks of a file leaves a valid shorter chain: the process that wrote them notices (it
compares against its own head), a fresh reader cannot without an anchor kept elsewhere (`head`).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from causaltorch._files import check_output
from causaltorch.federated.errors import ChainError
from causaltorch.federated.signing import canonical_json

__all__ = ["HashChain", "ChainVerification", "GENESIS_PREVIOUS"]

log = logging.getLogger(__name__)

GENESIS_PREVIOUS = "0" * 64
_FIELDS = ("index", "previous", "kind", "client", "round", "time", "body")


def _block_hash(block: dict[str, Any]) -> str:
    return hashlib.sha256(canonical_json({k: block[k] for k in _FIELDS})).hexdigest()


@dataclass(frozen=True)
class ChainVerification:
    """The result of `HashChain.verify`: true when intact; else ``first_bad`` (a block index) and ``reason``."""

    ok: bool
    blocks: int
    first_bad: int | None = None
    reason: str = ""

    def __bool__(self) -> bool:
        return self.ok


class HashChain:
    """An append-only hash chain of blocks, in memory or in a JSONL file.

    Args:
        path: the JSONL file (created if missing, resumed if present); None keeps the chain in memory.
        recover: drop a partial last line (a write cut short) instead of refusing the file.

    Raises:
        ChainError: the file does not verify (names the first bad block) or ends mid-line without ``recover``.
    """

    def __init__(self, path: str | Path | None = None, recover: bool = False):
        self.path = None if path is None else Path(path)
        self.blocks: list[dict[str, Any]] = []
        if self.path is not None:
            if self.path.exists():
                self._load(recover)
            else:
                check_output(self.path)

    # ------------------------------------------------------------------ reading
    def _read(self) -> tuple[list[dict[str, Any]], int | None, str]:
        """Blocks parsed from the file; the line number (1-based) of an unreadable line, and why."""
        assert self.path is not None
        raw = self.path.read_bytes()
        lines = raw.split(b"\n")
        complete, tail = lines[:-1], lines[-1]
        blocks: list[dict[str, Any]] = []
        for number, line in enumerate(complete, 1):
            try:
                block = json.loads(line)
                if not isinstance(block, dict):
                    raise ValueError("not a JSON object")
            except ValueError as exc:
                return blocks, number, f"line {number} is not a JSON block ({exc})"
            blocks.append(block)
        if tail:
            return blocks, len(complete) + 1, f"line {len(complete) + 1} is cut short (no newline: a write was " \
                                              "interrupted)"
        return blocks, None, ""

    def _load(self, recover: bool) -> None:
        blocks, bad_line, why = self._read()
        if bad_line is not None:
            last_line = bad_line == len(blocks) + 1 and why.endswith("interrupted)")
            if not (recover and last_line):
                hint = " Open it with recover=True to drop that partial line." if last_line else ""
                raise ChainError(f"The chain file {self.path}: {why}.{hint}")
            raw = self.path.read_bytes()
            size = raw.rfind(b"\n") + 1
            with open(self.path, "r+b") as handle:
                handle.truncate(size)
                handle.flush()
                os.fsync(handle.fileno())
            log.warning("chain %s: dropped a partial last line (%d bytes)", self.path, len(raw) - size)
        result = self._check(blocks)
        if not result:
            raise ChainError(f"The chain file {self.path} does not verify: {result.reason}. Restore it from a copy; "
                             "appending to a broken chain would hide the break.")
        self.blocks = blocks

    @staticmethod
    def _check(blocks: list[dict[str, Any]]) -> ChainVerification:
        previous = GENESIS_PREVIOUS
        for position, block in enumerate(blocks):
            if set(block) != {*_FIELDS, "hash"}:
                return ChainVerification(False, len(blocks), position, f"block {position} has fields "
                                         f"{sorted(block)}, expected {sorted({*_FIELDS, 'hash'})}")
            if block["index"] != position:
                return ChainVerification(False, len(blocks), position, f"block {position} carries index "
                                         f"{block['index']!r} (blocks deleted or reordered)")
            if block["previous"] != previous:
                return ChainVerification(False, len(blocks), position, f"block {position} does not link to block "
                                         f"{position - 1} (a block before it was edited, deleted or reordered)")
            if _block_hash(block) != block["hash"]:
                return ChainVerification(False, len(blocks), position, f"block {position}'s content does not match "
                                         "its hash (the block was edited)")
            previous = block["hash"]
        return ChainVerification(True, len(blocks))

    def verify(self) -> ChainVerification:
        """Check every block (re-reading the file when there is one) → `ChainVerification`."""
        if self.path is None:
            return self._check(self.blocks)
        if not self.path.exists():
            return ChainVerification(False, 0, 0, f"the chain file {self.path} is gone")
        blocks, bad_line, why = self._read()
        if bad_line is not None:
            return ChainVerification(False, len(blocks), bad_line - 1, f"block {bad_line - 1}: {why}")
        result = self._check(blocks)
        if result and len(blocks) < len(self.blocks):
            return ChainVerification(False, len(blocks), len(blocks), f"block {len(blocks)} and later are missing "
                                     f"from the file (this process wrote {len(self.blocks)} blocks)")
        if result and blocks and self.blocks and blocks[len(self.blocks) - 1]["hash"] != self.head:
            return ChainVerification(False, len(blocks), len(self.blocks) - 1, "the file's blocks differ from the "
                                     "ones this process wrote")
        return result

    # ------------------------------------------------------------------ writing
    @property
    def head(self) -> str:
        """The last block's hash (keep it elsewhere to detect the deletion of final blocks)."""
        return self.blocks[-1]["hash"] if self.blocks else GENESIS_PREVIOUS

    def append(self, kind: str, client: str | None, round_number: int, body: dict[str, Any]) -> dict[str, Any]:
        """Add a block and (with a file) write and fsync it before returning the block."""
        block: dict[str, Any] = {"index": len(self.blocks), "previous": self.head, "kind": kind, "client": client,
                                 "round": round_number, "time": datetime.now(timezone.utc).isoformat(),
                                 "body": body}
        block["hash"] = _block_hash(block)
        if self.path is not None:
            line = json.dumps(block, sort_keys=True, separators=(",", ":"), allow_nan=False) + "\n"
            created = not self.path.exists()
            with open(self.path, "a", encoding="utf-8") as handle:
                handle.write(line)
                handle.flush()
                os.fsync(handle.fileno())
            if created:  # the new directory entry must survive a crash too
                descriptor = os.open(self.path.parent, os.O_RDONLY)
                try:
                    os.fsync(descriptor)
                finally:
                    os.close(descriptor)
        self.blocks.append(block)
        return block

    def __len__(self) -> int:
        return len(self.blocks)

    def __iter__(self) -> Iterator[dict[str, Any]]:
        return iter(self.blocks)

    def __getitem__(self, index: int) -> dict[str, Any]:
        return self.blocks[index]

    def __repr__(self) -> str:
        return f"HashChain({len(self.blocks)} blocks, file={str(self.path) if self.path else None!r})"
