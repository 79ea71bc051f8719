"""Errors of federated learning: every rejected update names why, and the server records it as rejected."""

from __future__ import annotations

from causaltorch.errors import CausalTorchError, DataError

__all__ = ["FederatedError", "UnregisteredClientError", "DuplicateClientError", "SignatureError", "ReplayError",
           "UpdateError", "ChainError"]


class FederatedError(CausalTorchError):
    """Base class of the errors a federated server raises on a bad registration, update or log."""


class UnregisteredClientError(FederatedError, KeyError):
    """An update from a client id the server never registered."""

    def __str__(self) -> str:  # KeyError would otherwise wrap the message in quotes
        return self.args[0]


class DuplicateClientError(FederatedError, ValueError):
    """A client id registered twice."""


class SignatureError(FederatedError):
    """An update without the signature the server requires, or whose signature does not verify (forged)."""


class ReplayError(FederatedError):
    """An update signed for another round than the current one, or a second update in one round."""


class UpdateError(FederatedError, DataError):
    """A model update or graph the server cannot use: missing or extra names, wrong shapes, NaN or inf."""


class ChainError(FederatedError):
    """A hash-chained log file that cannot be read or resumed (a truncated line, a broken link)."""
