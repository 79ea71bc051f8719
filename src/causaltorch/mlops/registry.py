"""`ModelRegistry`: CausalTorch models as MLflow registered-model versions, stored as safetensors (never pickle).

A version's artifacts are the folder the model's own ``save_pretrained`` writes (``config.json`` +
``model.safetensors``, with the rules in the config) plus ``causaltorch.json``: the model family, the user's
version label, the metadata and the rules. Loading rebuilds the model with the family's ``from_pretrained``, so
every check of `causaltorch._checkpoint` runs; only the families listed in `FAMILIES` are ever rebuilt.
"""

from __future__ import annotations

import importlib
import json
import re
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from torch import nn

from causaltorch.errors import CheckpointError, DataError
from causaltorch.mlops.store import MLOpsError, retrying

if TYPE_CHECKING:
    from causaltorch.mlops.platform import CausalMLOps

__all__ = ["FAMILIES", "ModelRegistry", "RegisteredVersion"]

ENTRY_FILE = "causaltorch.json"
MODEL_FOLDER = "model"
# "module.Class" of every model the registry stores -> its modality (only these are rebuilt on load)
FAMILIES = {
    "causaltorch.text.model.CausalTransformer": "text",
    "causaltorch.text.model.cnsg": "text",
    "causaltorch.text.model.CausalLanguageModel": "text",
    "causaltorch.vision.generator.CausalImageGenerator": "vision",
    "causaltorch.vision.generator.CausalCNN": "vision",
    "causaltorch.vision.vit.CausalVisionTransformer": "vision",
    "causaltorch.video.models.CNSGNet": "video",
    "causaltorch.rl.agent.CausalRLAgent": "rl",
}
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.\-]{0,199}$")


@dataclass
class RegisteredVersion:
    """One registered model version: MLflow's integer ``version``, the user's ``label`` and what was stored."""

    name: str
    version: int
    label: str | None
    family: str
    run_id: str
    source: str
    metadata: dict[str, Any] = field(default_factory=dict)
    rules: dict[str, Any] | None = None
    aliases: list[str] = field(default_factory=list)


def _family(model: Any) -> str:
    key = f"{type(model).__module__}.{type(model).__qualname__}"
    if key not in FAMILIES:
        raise MLOpsError(f"The registry stores CausalTorch models ({', '.join(k.rsplit('.', 1)[1] for k in FAMILIES)}"
                         f"), not {type(model).__name__}; save other modules with safetensors yourself.")
    return key


def _check_name(kind: str, value: Any) -> str:
    if not isinstance(value, str) or not _NAME.match(value):
        raise MLOpsError(f"{kind} must be letters, digits, '_', '.' or '-' (at most 200, starting with a letter or "
                         f"digit), got {value!r}.")
    return value


class ModelRegistry:
    """Save and load CausalTorch models as versions of MLflow registered models (see the module docstring)."""

    def __init__(self, mlops: CausalMLOps):
        self.mlops = mlops
        self.client = mlops.client

    # ------------------------------------------------------------------ saving
    def save_model(self, model: nn.Module, name: str, version: str | None = None,
                   metadata: Mapping[str, Any] | None = None, *, alias: str | None = None) -> RegisteredVersion:
        """Store ``model`` as a new version of the registered model ``name``.

        Args:
            model: a model of one of the `FAMILIES` (text, vision, video, RL).
            name: the registered model's name.
            version: your label for it (``"2.1.0"``); MLflow numbers versions 1, 2, …; either finds it later.
            metadata: JSON values kept with the version (and set as its tags).
            alias: an alias to point at this version (``"champion"``).

        Raises:
            MLOpsError: a model of another kind, a bad name or alias, metadata that is not JSON, or a label
                this model already has.
        """
        family = _family(model)
        _check_name("name", name)
        if version is not None:
            _check_name("version", version)
        if alias is not None:
            _check_alias(alias)
        metadata = dict(metadata or {})
        try:
            json.dumps(metadata, allow_nan=False)
        except (TypeError, ValueError) as exc:
            raise MLOpsError(f"metadata must hold JSON values (strings, numbers, lists, dicts): {exc}.") from None
        if version is not None and self._by_label(name, version) is not None:
            raise MLOpsError(f"{name!r} already has a version labelled {version!r}; use another label.")
        rules = getattr(model, "causal_rules", None)
        rules = rules.to_dict() if hasattr(rules, "to_dict") else None
        entry = {"family": family, "label": version, "metadata": metadata, "rules": rules}
        run_id = self.mlops.run_id
        artifact_path = f"registry/{name}/{version or 'unlabelled'}"
        with tempfile.TemporaryDirectory() as folder:
            target = Path(folder) / MODEL_FOLDER
            model.save_pretrained(target)
            (target / ENTRY_FILE).write_text(json.dumps(entry, indent=2) + "\n", encoding="utf-8")
            self.mlops.log_artifact(target, artifact_path, run_id=run_id)
        run = retrying(lambda: self.client.get_run(run_id), "reading the run")
        source = f"{run.info.artifact_uri}/{artifact_path}"
        self._ensure_registered(name)
        tags = {"causaltorch.family": family, "causaltorch.label": version or "",
                **{f"meta.{k}": json.dumps(v) if not isinstance(v, str) else v for k, v in metadata.items()}}
        created = retrying(lambda: self.client.create_model_version(name, source, run_id=run_id, tags=tags),
                           "registering the version")
        number = int(created.version)
        if alias is not None:
            self.set_alias(name, alias, number)
        return RegisteredVersion(name, number, version, family, run_id, source, metadata, rules,
                                 [alias] if alias else [])

    def _ensure_registered(self, name: str) -> None:
        def create() -> None:
            if not self._exists(name):
                try:
                    self.client.create_registered_model(name, tags={"causaltorch.project": self.mlops.project_name})
                except Exception:  # another process registered it first
                    if not self._exists(name):
                        raise
        retrying(create, "registering the model")

    def _exists(self, name: str) -> bool:
        return bool(self.client.search_registered_models(filter_string=f"name = '{name}'"))

    def set_alias(self, name: str, alias: str, version: int | str) -> None:
        """Point ``alias`` (``"champion"``) of ``name`` at ``version`` (a number or your label)."""
        _check_alias(alias)
        number = self.resolve(name, version=version).version
        retrying(lambda: self.client.set_registered_model_alias(name, alias, str(number)), "setting the alias")

    # ------------------------------------------------------------------ finding
    def _versions(self, name: str) -> list[Any]:
        _check_name("name", name)
        if not retrying(lambda: self._exists(name), "reading the registry"):
            known = [m.name for m in retrying(lambda: self.client.search_registered_models(), "reading the registry")]
            raise MLOpsError(f"No registered model {name!r}. Registered: {', '.join(known) or '(none)'}.")
        return retrying(lambda: self.client.search_model_versions(f"name = '{name}'"), "reading the registry")

    def _by_label(self, name: str, label: str) -> Any:
        if not retrying(lambda: self._exists(name), "reading the registry"):
            return None
        for found in self._versions(name):
            if found.tags.get("causaltorch.label") == label:
                return found
        return None

    def resolve(self, name: str, version: int | str | None = None, alias: str | None = None) -> RegisteredVersion:
        """The version of ``name`` given by ``alias``, else ``version`` (MLflow's number or your label), else
        the newest. Reads ``causaltorch.json`` from its artifacts.

        Raises:
            MLOpsError: no such model, version or alias (the message lists those that exist), or a version
                whose artifacts were deleted.
        """
        if version is not None and alias is not None:
            raise MLOpsError("Give version= or alias=, not both.")
        versions = self._versions(name)
        if alias is not None:
            _check_alias(alias)
            aliases = retrying(lambda: self.client.get_registered_model(name).aliases, "reading aliases")
            if alias not in aliases:
                raise MLOpsError(f"{name!r} has no alias {alias!r}. Aliases: {', '.join(aliases) or '(none)'}; set "
                                 "one with set_alias(name, alias, version).")
            chosen = [v for v in versions if int(v.version) == int(aliases[alias])]
        elif version is None:
            chosen = [max(versions, key=lambda v: int(v.version))]
        else:
            chosen = [v for v in versions if str(v.version) == str(version)
                      or v.tags.get("causaltorch.label") == str(version)]
            if isinstance(version, bool) or not isinstance(version, (int, str)) or not chosen:
                listed = ", ".join(f"{v.version} ({v.tags.get('causaltorch.label') or 'no label'})"
                                   for v in sorted(versions, key=lambda v: int(v.version)))
                raise MLOpsError(f"{name!r} has no version {version!r}. Versions: {listed}.")
        found = chosen[0]
        aliases = [a for a, v in self.client.get_registered_model(name).aliases.items() if int(v) == int(found.version)]
        tags = found.tags
        return RegisteredVersion(name, int(found.version), tags.get("causaltorch.label") or None,
                                 tags.get("causaltorch.family", ""), found.run_id, found.source, aliases=aliases)

    # ------------------------------------------------------------------ loading
    def load_model(self, name: str, version: int | str | None = None, alias: str | None = None,
                   *, with_entry: bool = False) -> Any:
        """Rebuild the model stored as ``name`` (see `resolve` for ``version`` / ``alias``).

        Returns the model, or ``(model, RegisteredVersion)`` with ``with_entry=True`` (its metadata and rules).

        Raises:
            MLOpsError: no such model, version or alias, or a version whose artifacts are gone.
            CheckpointError: artifacts that are not a model of a known family, or weights that do not fit.
        """
        entry = self.resolve(name, version, alias)
        with tempfile.TemporaryDirectory() as folder:
            local = self._download(entry, Path(folder))
            stored = self._read_entry(local, entry)
            family = stored["family"]
            module_name, class_name = family.rsplit(".", 1)
            cls = getattr(importlib.import_module(module_name), class_name)
            model = cls.from_pretrained(local)
        entry.metadata, entry.rules, entry.label = stored["metadata"], stored["rules"], stored["label"]
        return (model, entry) if with_entry else model

    def _download(self, entry: RegisteredVersion, folder: Path) -> Path:
        mlflow = importlib.import_module("mlflow")
        try:
            local = Path(mlflow.artifacts.download_artifacts(artifact_uri=entry.source, dst_path=str(folder),
                                                             tracking_uri=self.mlops.tracking_uri))
        except Exception as exc:  # a deleted folder, a store that lost the files
            raise MLOpsError(f"Version {entry.version} of {entry.name!r} has no artifacts at {entry.source} (they were "
                             f"deleted or moved: {str(exc).splitlines()[0] if str(exc) else type(exc).__name__}). "
                             "Save the model again with save_model.") from None
        if not (local / ENTRY_FILE).is_file():
            raise MLOpsError(f"Version {entry.version} of {entry.name!r} has no {ENTRY_FILE} at {entry.source}; its "
                             "artifacts were deleted or it was not saved by ModelRegistry. Save the model again.")
        return local

    @staticmethod
    def _read_entry(local: Path, entry: RegisteredVersion) -> dict[str, Any]:
        try:
            stored = json.loads((local / ENTRY_FILE).read_text(encoding="utf-8"))
        except (ValueError, OSError) as exc:
            raise CheckpointError(f"{entry.source}/{ENTRY_FILE} is not valid JSON: {exc}.") from None
        if not isinstance(stored, dict) or stored.get("family") not in FAMILIES:
            family = stored.get("family") if isinstance(stored, dict) else None
            raise CheckpointError(f"{entry.source} holds a model of family {family!r}, which the registry does not "
                                  f"rebuild (known: {', '.join(FAMILIES)}).")
        stored.setdefault("metadata", {})
        stored.setdefault("rules", None)
        stored.setdefault("label", None)
        return stored


def _check_alias(alias: Any) -> None:
    if not isinstance(alias, str) or not re.match(r"^[A-Za-z_][A-Za-z0-9_\-]{0,254}$", alias) \
            or re.match(r"^(v\d+|latest)$", alias, re.IGNORECASE):
        raise DataError(f"alias must be a name such as 'champion' (letters, digits, '_', '-'; not 'latest' or "
                        f"'v<number>', which MLflow reserves), got {alias!r}.")
