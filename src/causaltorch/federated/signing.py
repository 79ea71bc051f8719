"""Ed25519 signatures over a canonical encoding of (kind, client id, round, payload hash).

The payload hash is SHA-256 over the update's content: for a model update, each tensor in name order (name,
dtype, shape, raw bytes); for a graph, its canonical JSON. The signed message is canonical JSON (sorted keys,
no spaces) behind a domain tag, so a signature for one client, round or kind never verifies for another:
replaying an old round's update fails, and a model signature cannot pass as a graph's.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import torch
from torch import Tensor

from causaltorch.errors import require
from causaltorch.federated.errors import SignatureError, UpdateError
from causaltorch.rules import CausalRuleSet

__all__ = ["Signature", "payload_hash", "signed_message", "generate_key", "public_key_bytes", "sign_payload",
           "verify_signature", "canonical_json"]

_DOMAIN = b"causaltorch.federated.v1\n"
KINDS = ("model", "graph")


def canonical_json(value: Any) -> bytes:
    """Sorted keys, no whitespace, UTF-8: one byte string per value."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False).encode()


def payload_hash(payload: Mapping[str, Tensor] | CausalRuleSet) -> str:
    """SHA-256 (hex) of a model update (state dict) or a graph (`CausalRuleSet`)."""
    digest = hashlib.sha256()
    if isinstance(payload, CausalRuleSet):
        digest.update(b"graph\n" + canonical_json(payload.to_dict()))
        return digest.hexdigest()
    if not isinstance(payload, Mapping):
        raise UpdateError(f"Only a state dict or a CausalRuleSet can be hashed, got {type(payload).__name__}.")
    digest.update(b"model\n")
    for name in sorted(payload):
        tensor = payload[name]
        if not isinstance(tensor, Tensor):
            raise UpdateError(f"The update maps {name!r} to {type(tensor).__name__}, not a tensor.")
        flat = tensor.detach().cpu().contiguous().reshape(-1)
        digest.update(canonical_json([name, str(tensor.dtype), list(tensor.shape)]))
        digest.update(flat.view(torch.uint8).numpy().tobytes() if flat.numel() else b"")
    return digest.hexdigest()


def signed_message(kind: str, client_id: str, round_number: int, digest: str) -> bytes:
    """The exact bytes a client signs."""
    return _DOMAIN + canonical_json({"client": client_id, "kind": kind, "payload": digest, "round": round_number})


@dataclass(frozen=True)
class Signature:
    """A client's Ed25519 signature over ``(kind, client_id, round, payload_hash)``; ``value`` is 64 bytes."""

    client_id: str
    round: int
    kind: str
    payload_hash: str
    value: bytes

    def to_dict(self) -> dict[str, Any]:
        return {"client_id": self.client_id, "round": self.round, "kind": self.kind,
                "payload_hash": self.payload_hash, "value": self.value.hex()}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Signature:
        try:
            return cls(str(data["client_id"]), int(data["round"]), str(data["kind"]), str(data["payload_hash"]),
                       bytes.fromhex(str(data["value"])))
        except (KeyError, ValueError, TypeError) as exc:
            raise SignatureError(f"A signature needs client_id, round, kind, payload_hash and a hex value: {exc}.") \
                from None


def _ed25519():
    return require("cryptography.hazmat.primitives.asymmetric.ed25519", "federated", "signed federated updates")


def generate_key():
    """A new Ed25519 private key (``cryptography``'s ``Ed25519PrivateKey``)."""
    return _ed25519().Ed25519PrivateKey.generate()


def public_key_bytes(key: Any) -> bytes:
    """The 32 raw bytes of an Ed25519 public key given as a key object, a private key or raw bytes."""
    ed = _ed25519()
    from cryptography.hazmat.primitives import serialization

    if isinstance(key, ed.Ed25519PrivateKey):
        key = key.public_key()
    if isinstance(key, ed.Ed25519PublicKey):
        return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    if isinstance(key, (bytes, bytearray)) and len(key) == 32:
        return bytes(key)
    size = f" of {len(key)} bytes" if isinstance(key, (bytes, bytearray)) else ""
    raise SignatureError(f"A public key must be an Ed25519 public key or its 32 raw bytes, got "
                         f"{type(key).__name__}{size}.")


def sign_payload(private_key: Any, kind: str, client_id: str, round_number: int,
                 payload: Mapping[str, Tensor] | CausalRuleSet) -> Signature:
    """Sign ``payload`` for ``client_id`` in round ``round_number``."""
    if kind not in KINDS:
        raise SignatureError(f"kind must be one of {KINDS}, got {kind!r}.")
    digest = payload_hash(payload)
    value = private_key.sign(signed_message(kind, client_id, round_number, digest))
    return Signature(client_id, int(round_number), kind, digest, value)


def verify_signature(public_key: bytes, signature: Signature) -> bool:
    """Whether ``signature.value`` verifies under ``public_key`` for its own (kind, client, round, hash)."""
    ed = _ed25519()
    from cryptography.exceptions import InvalidSignature

    message = signed_message(signature.kind, signature.client_id, signature.round, signature.payload_hash)
    try:
        ed.Ed25519PublicKey.from_public_bytes(public_key).verify(signature.value, message)
    except InvalidSignature:
        return False
    return True
