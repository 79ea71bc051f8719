"""Structural causal models over a `CausalRuleSet`: sample, do(), counterfactuals, fit, log_prob, rollout.

Semantics (DESIGN §3): one mechanism and one exogenous noise per variable, evaluated in topological
order of the instantaneous edges. ``do()`` fixes variables and cuts their incoming edges; descendants
are recomputed, ancestors are untouched. A lagged edge (``temporal_offset >= 1``) feeds the cause's
value from ``t - offset`` (held for ``duration`` steps) into ``rollout``; a single-step ``sample``
has no history, so lagged inputs are zero there.
"""

from __future__ import annotations

import importlib
import logging
import math
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

import numpy as np
import torch
from torch import Tensor, nn

from causaltorch import _stream, _validate
from causaltorch._checkpoint import check_memory
from causaltorch.errors import DataError, InterventionError, MechanismError, RuleValidationError, UnknownVariableError
from causaltorch.mechanisms import (
    AdditiveNoiseMechanism,
    CallableMechanism,
    LinearGaussian,
    Mechanism,
    base_rate,
    build_mechanism,
)
from causaltorch.rules import CausalRuleSet, as_ruleset

__all__ = ["MechanismTable", "StructuralCausalModel"]

log = logging.getLogger(__name__)

InterventionValue = float | int | Tensor | Callable[[Tensor], Tensor]
# `sample_chunks` draws this many bytes of working memory at a time (about a million rows of a ten-variable
# model), so the number of rows a file may hold is bounded by time and disk, never by memory.
CHUNK_BYTES = 1 << 28
_PILOT_ROWS = 256  # rows drawn aside to measure how long a CSV row is before streaming one

# The one sanctioned reference from this layer to a higher one, kept the only one: `from_data` is the spec's
# name on the model, but learning a graph and its mechanisms from data is discovery's job (a higher layer). The
# builder is named here as (module, function) and imported only when `from_data` is called, never on import.
FROM_DATA_BUILDER = ("causaltorch.discovery.learn", "scm_from_data")


def _state_name(variable: str) -> str:
    """A variable's name as a state-dict key component: ``%`` and ``.`` percent-escaped (``a.b`` → ``a%2Eb``).

    Every other name, ``rain`` or ``training`` alike, is its own key, so models saved before variables were
    escaped keep their keys."""
    return variable.replace("%", "%25").replace(".", "%2E")


class MechanismTable(nn.Module):
    """The mechanisms of a model, one per variable, looked up by the variable's name: ``table["rain"]``.

    A read-only mapping (``[]``, ``in``, ``len``, iteration, ``keys`` / ``values`` / ``items``, in ``variables``
    order). The mechanisms are held as child modules named by position (``"0"``, ``"1"``, …), never by the
    variable's name, so every name a rule file accepts works: ``a.b``, ``training``, ``forward``, ``cuda``,
    ``_modules`` would each break an ``nn.ModuleDict``. The state dict names each mechanism by its variable
    (`_state_name`: ``mechanisms.rain.strengths``), the keys saved models have always had, and loading maps
    those names back to positions.
    """

    def __init__(self, mechanisms: Mapping[str, Mechanism]):
        super().__init__()
        self._names = list(mechanisms)
        self._keys = {name: str(position) for position, name in enumerate(self._names)}
        for name, mechanism in mechanisms.items():
            self.add_module(self._keys[name], mechanism)
        self.register_state_dict_post_hook(_name_state_keys)
        self.register_load_state_dict_pre_hook(_position_state_keys)

    def __getitem__(self, name: str) -> Mechanism:
        try:
            return self._modules[self._keys[name]]  # type: ignore[return-value]
        except (KeyError, TypeError):
            raise UnknownVariableError(name, self._names, "mechanisms") from None

    def __contains__(self, name: object) -> bool:
        return name in self._keys

    def __iter__(self) -> Iterator[str]:
        return iter(self._names)

    def __len__(self) -> int:
        return len(self._names)

    def keys(self) -> list[str]:
        return list(self._names)

    def values(self) -> list[Mechanism]:
        return [self[name] for name in self._names]

    def items(self) -> list[tuple[str, Mechanism]]:
        return [(name, self[name]) for name in self._names]

    def __repr__(self) -> str:  # children labelled by variable, not by position
        lines = [f"  ({name}): " + repr(mechanism).replace("\n", "\n  ") for name, mechanism in self.items()]
        return f"{type(self).__name__}(\n" + "\n".join(lines) + "\n)"


def _name_state_keys(table: MechanismTable, state: dict[str, Any], prefix: str, _metadata: Any) -> None:
    """State-dict post-hook: ``prefix + "3.strengths"`` → ``prefix + "<name of variable 3>.strengths"``.

    All at once, in order: a variable may be named like another's position (``"2"`` at position 1)."""
    renamed = {}
    for key in [k for k in state if k.startswith(prefix)]:  # the table's entries, the last ones written
        position, _, rest = key[len(prefix):].partition(".")
        if position.isdigit() and int(position) < len(table._names):  # (a reused dict may hold names already)
            renamed[f"{prefix}{_state_name(table._names[int(position)])}.{rest}"] = state.pop(key)
    state.update(renamed)


def _position_state_keys(table: MechanismTable, state: dict[str, Any], prefix: str, *_: Any) -> None:
    """Load pre-hook: variable-named keys back to positions (all at once: a variable may be named ``"0"``)."""
    positions = {_state_name(name): key for name, key in table._keys.items()}
    renamed = {}
    for key in [k for k in state if k.startswith(prefix)]:
        head, dot, rest = key[len(prefix):].partition(".")
        if head in positions:
            renamed[f"{prefix}{positions[head]}{dot}{rest}"] = state.pop(key)
    state.update(renamed)


class StructuralCausalModel(nn.Module):
    """A structural causal model whose graph is a `CausalRuleSet`.

    Args:
        ruleset: the graph (a `CausalRuleSet` or a rules dict in either accepted form).
        mechanisms: ``None`` (each variable uses its rules' ``mechanism`` field, else ``noisy_or``), one
            name for every variable (``"noisy_or"``, ``"linear"``, ``"mlp"``), or a mapping
            ``{variable: name | Mechanism | callable}`` overriding some variables.

    Samples are ``Tensor[n, d]`` with columns in ``ruleset.variables`` order, on the module's device
    and dtype (``scm.to("cuda")`` / ``scm.double()`` work as for any module).

    >>> rules = CausalRuleSet(); rules.add_rule("rain", "wet_ground", 0.9)
    >>> scm = StructuralCausalModel(rules)
    >>> wet = scm.do({"rain": 1.0}).sample(10_000, as_dict=True)["wet_ground"]
    """

    def __init__(self, ruleset: CausalRuleSet | Mapping[str, Any], mechanisms: str | Mapping[str, Any] | None = None):
        super().__init__()
        ruleset = as_ruleset(ruleset)
        if not ruleset.variables:
            raise RuleValidationError(
                "The rule set is empty: a structural causal model needs at least one variable. Add rules "
                '({"cause_effect_pairs": [{"cause": ..., "effect": ..., "strength": ...}]}) or variables.'
            )
        self.ruleset = ruleset
        self.variables: list[str] = ruleset.variables
        self.order: list[str] = ruleset.topological_order()
        self._index = {v: i for i, v in enumerate(self.variables)}
        # Per variable: (parent column, temporal_offset, hold) for every incoming rule.
        self._inputs: dict[str, list[tuple[int, int, int]]] = {
            v: [(self._index[r.cause], r.temporal_offset, r.hold) for r in ruleset.incoming(v)]
            for v in self.variables
        }
        self.mechanisms = MechanismTable(self._build_mechanisms(mechanisms))
        for name, mechanism in self.mechanisms.items():
            mechanism.variable = name
        self.register_buffer("_anchor", torch.zeros(()), persistent=False)
        self._interventions: dict[str, InterventionValue] = {}

    # ------------------------------------------------------------------ construction
    def _build_mechanisms(self, spec: str | Mapping[str, Any] | None) -> dict[str, Mechanism]:
        overrides: Mapping[str, Any]
        if spec is None or isinstance(spec, str):
            overrides = {v: spec for v in self.variables} if spec else {}
        elif isinstance(spec, Mapping):
            for name in spec:
                self.ruleset.check_variable(name, "mechanisms")
            overrides = spec
        else:
            raise RuleValidationError(
                f"mechanisms must be a name, a {{variable: mechanism}} mapping or None, got {type(spec).__name__}."
            )
        built: dict[str, Mechanism] = {}
        for v in self.variables:
            incoming = self.ruleset.incoming(v)
            choice = overrides.get(v)
            if choice is None:
                choice = self.ruleset.mechanism_of(v)  # the rules' own, checked when they were read
            if isinstance(choice, Mechanism):
                mechanism = choice
            elif isinstance(choice, str):
                # A linear weight may exceed the [-1, 1] strength range; discovery keeps it in metadata["weight"].
                weights = [r.metadata.get("weight", r.strength) if choice == "linear" else r.strength for r in incoming]
                mechanism = build_mechanism(choice, weights, base_rate(self.ruleset, v))
            elif callable(choice):
                mechanism = CallableMechanism(choice, num_parents=len(incoming))
            else:
                raise RuleValidationError(
                    f"Mechanism for {v!r} must be a name, a Mechanism or a callable, got {choice!r}."
                )
            if mechanism.num_parents not in (-1, len(incoming)):
                raise RuleValidationError(
                    f"Mechanism for {v!r} expects {mechanism.num_parents} parents but the rules give it "
                    f"{len(incoming)} ({', '.join(r.cause for r in incoming) or 'none'})."
                )
            built[v] = mechanism
        return built

    def bytes_per_sample(self, worlds: int = 1, steps: int = 1) -> int:
        """Peak memory one row of ``sample`` (``worlds=2`` for a counterfactual, ``steps`` for a rollout) takes.

        Measured (``causaltorch scm`` on CPU, 2·10⁶ rows): ``sample`` peaks at 2-3 values per variable and row
        (the columns, their stack, the noise) plus temporaries of the widest mechanism's `Mechanism.workspace`
        (a noisy-OR's noise and parents, an MLP's hidden layer); a counterfactual holds a factual and a
        counterfactual world; a rollout keeps every step. The estimate is 1.2 to 2.5 times those peaks.
        """
        widest = max(mechanism.workspace() for mechanism in self.mechanisms.values())
        itemsize = torch.empty((), dtype=self.dtype).element_size()
        return itemsize * (5 * worlds * steps * len(self.variables) + 4 * widest)

    def _check_rows(self, what: str, rows: int, worlds: int = 1, steps: int = 1) -> None:
        check_memory(rows * self.bytes_per_sample(worlds, steps), what,
                     "ask for fewer samples per call (and, for more, call again and combine the draws)",
                     device=self.device)

    @property
    def device(self) -> torch.device:
        return self._anchor.device

    @property
    def dtype(self) -> torch.dtype:
        return self._anchor.dtype

    @property
    def interventions(self) -> dict[str, InterventionValue]:
        return dict(self._interventions)

    def index(self, name: str) -> int:
        return self.ruleset.index(name)

    def as_dict(self, samples: Tensor) -> dict[str, Tensor]:
        """Split ``[..., d]`` samples into ``{variable: [...]}``."""
        return {v: samples[..., i] for i, v in enumerate(self.variables)}

    # ------------------------------------------------------------------ interventions
    def _check_interventions(self, interventions: Mapping[str, Any], context: str) -> dict[str, InterventionValue]:
        checked: dict[str, InterventionValue] = {}
        for name, value in interventions.items():
            self.ruleset.check_variable(name, context)
            if callable(value) and not isinstance(value, Tensor):
                checked[name] = value
                continue
            try:
                tensor = torch.as_tensor(value, dtype=self.dtype)
            except (TypeError, ValueError, RuntimeError):
                raise InterventionError(
                    f"do({name}=...) needs a number, a tensor or a callable, got {value!r}."
                ) from None
            if tensor.dim() > 1:
                raise InterventionError(
                    f"do({name}=...) takes a scalar or a per-sample tensor of shape [n]; "
                    f"got shape {tuple(tensor.shape)}."
                )
            if not bool(torch.isfinite(tensor).all()):
                raise InterventionError(f"do({name}=...) got a NaN or infinite value; give a finite value.")
            bounds = self.mechanisms[name].value_range
            if bounds is not None and bool(((tensor < bounds[0]) | (tensor > bounds[1])).any()):
                raise InterventionError(
                    f"do({name}=...) got a value outside [{bounds[0]:g}, {bounds[1]:g}], the range of {name}'s "
                    f"{type(self.mechanisms[name]).__name__} mechanism (intensities)."
                )
            checked[name] = tensor.to(self.device) if tensor.dim() else tensor.item()
        return checked

    def do(self, interventions: Mapping[str, InterventionValue] | None = None,
           **kwargs: InterventionValue) -> StructuralCausalModel:
        """A new model with ``interventions`` applied (this one is unchanged; mechanisms are shared).

        A number or tensor is a hard intervention: the variable is fixed and its incoming edges cut.
        A callable ``f(natural_value) -> value`` is a soft intervention: it transforms the value the
        mechanism would have produced. ``scm.do({"rain": 1.0})`` and ``scm.do(rain=1.0)`` are the same.
        """
        merged = dict(interventions or {})
        merged.update(kwargs)
        checked = self._check_interventions(merged, "do()")
        new = StructuralCausalModel.__new__(StructuralCausalModel)
        nn.Module.__init__(new)
        new.ruleset, new.variables, new.order = self.ruleset, self.variables, self.order
        new._index, new._inputs = self._index, self._inputs
        new.mechanisms = self.mechanisms
        new.register_buffer("_anchor", self._anchor, persistent=False)
        new._interventions = {**self._interventions, **checked}
        return new

    def _hard_value(self, name: str, value: float | Tensor, n: int) -> Tensor:
        if isinstance(value, Tensor):
            if value.numel() != n:
                raise InterventionError(
                    f"do({name}=tensor) has {value.numel()} values but {n} samples were asked for; "
                    "give a scalar or one value per sample."
                )
            return value.to(device=self.device, dtype=self.dtype)
        return torch.full((n,), float(value), device=self.device, dtype=self.dtype)

    # ------------------------------------------------------------------ sampling
    def _gather(self, name: str, columns: list[Tensor | None], n: int) -> Tensor:
        """Parents of ``name`` as ``[n, k]``; lagged inputs have no history in a single step."""
        inputs = self._inputs[name]
        if not inputs:
            return torch.empty(n, 0, device=self.device, dtype=self.dtype)
        zeros = None
        cols = []
        for column, offset, _hold in inputs:
            if offset == 0:
                cols.append(columns[column])
            else:
                zeros = zeros if zeros is not None else torch.zeros(n, device=self.device, dtype=self.dtype)
                cols.append(zeros)
        return torch.stack(cols, dim=-1)

    def parent_values(self, name: str, data: Tensor) -> Tensor:
        """The inputs of ``name``'s mechanism read from rows ``data [n, d]`` → ``[n, k]`` (lagged inputs 0)."""
        self.ruleset.check_variable(name)
        return self._gather(name, list(data.unbind(-1)), data.shape[0])

    def sample(self, n: int, as_dict: bool = False) -> Tensor | dict[str, Tensor]:
        """Draw ``n`` joint samples → ``Tensor[n, d]`` (``variables`` order), or a dict with ``as_dict``.

        Batched over samples: one tensor operation per variable, no Python loop over rows. A model
        whose mechanisms are all `LinearGaussian` (and whose interventions are hard) is sampled in
        closed form instead: ``X = E (I − W)⁻¹`` with ``E = b + σ·U`` — one noise draw and one matrix
        product, which draws its noise as one ``[n, d]`` block.
        """
        _validate.positive_int("sample(n)", n)
        self._check_rows(f"sample(n={n})", n)
        linear = all(isinstance(m, LinearGaussian) for m in self.mechanisms.values())
        if linear and not any(callable(v) for v in self._interventions.values()):
            samples = self._sample_linear(n)
            return self.as_dict(samples) if as_dict else samples
        # A linear model under a soft intervention draws the same [n, d] noise block as the closed
        # form, so worlds from one seed stay paired.
        block = torch.randn(n, len(self.variables), device=self.device, dtype=self.dtype) if linear else None
        columns: list[Tensor | None] = [None] * len(self.variables)
        with torch.no_grad():
            for name in self.order:
                j = self._index[name]
                columns[j] = self._evaluate(name, columns, n, noise=None if block is None else block[:, j])
        samples = torch.stack(columns, dim=-1)  # type: ignore[arg-type]
        return self.as_dict(samples) if as_dict else samples

    def default_chunk_rows(self) -> int:
        """Rows `sample_chunks` draws at a time when not told: `CHUNK_BYTES` of working memory."""
        return max(1, CHUNK_BYTES // self.bytes_per_sample())

    def sample_chunks(self, n: int, chunk_rows: int | None = None) -> Iterator[Tensor]:
        """Draw ``n`` samples as successive ``Tensor[k, d]`` blocks of ``chunk_rows`` rows (the last may be
        shorter), so any ``n`` takes the memory of one block. Default `default_chunk_rows`.

        The blocks are the successive ``sample(chunk_rows)`` calls on the current random state: from one seed,
        their concatenation is ``torch.cat([scm.sample(k) for k in sizes])``. For a linear-Gaussian model with
        ``chunk_rows · d`` a multiple of 16 it also equals one ``sample(n)`` (torch's CPU normal generator fills
        16 values at a time), to rounding of the matrix product.
        """
        _validate.positive_int("sample_chunks(n)", n)
        chunk_rows = self._chunk_rows(chunk_rows)
        for start in range(0, n, chunk_rows):
            yield self.sample(min(chunk_rows, n - start))  # (k, d)

    def _chunk_rows(self, chunk_rows: int | None) -> int:
        if chunk_rows is None:
            return self.default_chunk_rows()
        return _validate.positive_int("chunk_rows", chunk_rows, what="a positive number of rows per chunk")

    def sample_to_file(self, path: str | Path, n: int, interventions: Mapping[str, InterventionValue] | None = None,
                       *, chunk_rows: int | None = None, format: str | None = None, dtype: Any = None,
                       compression: str = "none", seed: int | None = None,
                       on_chunk: Callable[[Tensor], None] | None = None) -> Path:
        """Draw ``n`` samples (under ``interventions``, as `do`) straight to a Parquet or CSV file, chunk by chunk.

        Memory stays that of one chunk whatever ``n`` (one Parquet row group per chunk); the file, one column per
        variable in ``variables`` order, appears at ``path`` only once every row is written (a temporary file
        beside it is renamed into place), so an interrupted run leaves no partial file.

        Args:
            path: the file; ``.parquet`` / ``.pq`` → Parquet (needs pyarrow, the ``parquet`` extra), ``.csv`` → CSV.
            n: rows to draw.
            interventions: ``{variable: value}`` (hard) or callables (soft), added to this model's own.
            chunk_rows: rows drawn and written at a time (default `default_chunk_rows`, ~256 MiB of work).
            format: ``"parquet"`` or ``"csv"``, overriding the suffix.
            dtype: the file's values, ``"float64"`` or ``"float32"`` (default: this model's dtype).
            compression: Parquet codec: ``"none"`` (default: Gaussian samples barely compress), ``"snappy"``,
                ``"zstd"`` …
            seed: draw from ``torch.manual_seed(seed)`` without touching the global random state; None: draw from
                the current state, as `sample` does.
            on_chunk: called with each chunk ``[k, d]`` after it is written (running statistics, progress).

        Returns:
            The path written. Rows equal `sample_chunks` (``n``, ``chunk_rows``) from the same seed; a CSV holds
            each value to 17 significant digits (exact for float64).

        Raises:
            OutputError: an unwritable path, an unknown format, dtype or codec, or a file that would not fit on
                its disk (or under ``ulimit -f``) — all before anything is drawn or any file is created.
            DataError / InterventionError: a bad ``n``, ``chunk_rows``, ``seed`` or intervention (a per-sample
                tensor among them), likewise.
        """
        _validate.positive_int("sample_to_file(n)", n)
        chunk_rows = self._chunk_rows(chunk_rows)
        _validate.optional(_validate.nonnegative_int, "seed", seed)
        model = self.do(interventions) if interventions else self
        per_row = [name for name, value in model.interventions.items() if isinstance(value, Tensor) and value.dim()]
        if per_row:
            raise InterventionError(f"do({per_row[0]}=tensor) gives one value per sample, which a file drawn in "
                                    "chunks cannot pair with its rows; give a scalar, or a callable f(value), or "
                                    "draw the rows with sample().")
        file_dtype = str(self.dtype).removeprefix("torch.") if dtype is None else dtype
        format, numpy_dtype = _stream.check_table(path, model.variables, format, file_dtype, compression)
        pilot = None
        if format == "csv":
            with torch.random.fork_rng(devices=self._rng_devices()):
                pilot = model.sample(min(n, _PILOT_ROWS)).cpu().numpy()
        needed = _stream.estimated_bytes(n, model.variables, format, numpy_dtype, pilot)
        smaller = ", write float32" if numpy_dtype.itemsize > 4 else ""
        _stream.check_room(path, needed, f"{n} samples of {len(model.variables)} variables as {format}",
                           f"ask for fewer samples{smaller} or write elsewhere")
        with torch.random.fork_rng(devices=self._rng_devices(), enabled=seed is not None):
            if seed is not None:
                torch.manual_seed(seed)
            constant = [name for name, value in model.interventions.items()
                        if not callable(value) and not isinstance(value, Tensor)]
            with _stream.table_writer(path, model.variables, format, dtype=numpy_dtype, compression=compression,
                                      dictionary_columns=constant) as writer:
                for chunk in model.sample_chunks(n, chunk_rows):  # (k, d)
                    writer.write(chunk.detach().cpu().numpy())
                    if on_chunk is not None:
                        on_chunk(chunk)
        return Path(path)

    def _rng_devices(self) -> list[torch.device]:
        return [self.device] if self.device.type == "cuda" else []

    def sample_noise(self, n: int) -> dict[str, Tensor]:
        """Exogenous noise for ``n`` samples: ``{variable: [n]}``, or ``[n, noise_dim]`` where a mechanism has
        several noise values per sample (the noisy-OR: its leak and one activation per incoming rule)."""
        _validate.positive_int("sample_noise(n)", n)
        self._check_rows(f"sample_noise(n={n})", n)
        return {name: self.mechanisms[name].sample_noise(n, self._anchor) for name in self.order}

    def evaluate(self, noise: Tensor | Mapping[str, Tensor]) -> Tensor:
        """The variables computed from given exogenous noise → ``[n, d]`` (``variables`` order).

        The deterministic half of `sample`: ``noise`` is what `sample_noise` draws, ``{variable: noise}``,
        or, when every mechanism takes one noise value per sample, a ``[n, d]`` tensor whose column ``j``
        is variable ``j``'s noise. Every variable is evaluated once, in topological order, under this
        model's interventions (a hard one ignores its noise; a soft one transforms the natural value).
        Differentiable in ``noise`` and in the mechanisms' parameters, so a generator can learn through
        its latent SCM.
        """
        d = len(self.variables)
        if isinstance(noise, Tensor):
            wide = [name for name in self.variables if self.mechanisms[name].noise_dim != 1]
            if wide:
                raise DataError(
                    f"{wide[0]!r} takes {self.mechanisms[wide[0]].noise_dim} noise values per sample (a noisy-OR "
                    "has one per incoming rule), so noise must be a {variable: noise} mapping such as "
                    "scm.sample_noise(n) returns."
                )
            if noise.dim() != 2 or noise.shape[1] != d:
                raise DataError(
                    f"noise must have shape [n, {d}] (one column per variable: {', '.join(self.variables)}); "
                    f"got {tuple(noise.shape)}."
                )
            noise = {name: noise[:, j] for j, name in enumerate(self.variables)}
        if not isinstance(noise, Mapping):
            raise DataError(f"noise must be a Tensor[n, {d}] or a {{variable: noise}} mapping, got "
                            f"{type(noise).__name__}.")
        absent = [name for name in self.variables if name not in noise]
        if absent:
            raise DataError(f"noise has no entry for {absent}; give one per variable (see sample_noise).")
        n = next(iter(noise.values())).shape[0]
        return self.evaluate_with(lambda name, parents: self.mechanisms[name](parents, noise[name]), n)

    def evaluate_with(self, natural: Callable[[str, Tensor], Tensor], n: int,
                      interventions: Mapping[str, InterventionValue] | None = None,
                      dtype: torch.dtype | None = None) -> Tensor:
        """Every variable once, in topological order, under this model's interventions → ``[n, d]``.

        ``natural(name, parents [n, k]) -> [n]`` is the value a variable takes when nothing intervenes on it
        (`evaluate` runs its mechanism on given noise; the symbolic layer reads the noisy-OR with the
        evidence as leak). A hard intervention replaces that value (in ``dtype``, default this model's) and
        its children read the fixed value; a soft one transforms it. ``interventions`` (checked as in `do`)
        are added to this model's own. Lagged inputs are zero, as in `sample`. Differentiable wherever
        ``natural`` is.
        """
        actions = {**self._interventions, **self._check_interventions(interventions or {}, "interventions")}
        columns: list[Tensor | None] = [None] * len(self.variables)
        for name in self.order:
            j = self._index[name]
            action = actions.get(name)
            if action is not None and not callable(action):
                value = self._hard_value(name, action, n)
                columns[j] = value if dtype is None else value.to(dtype)
                continue
            value = natural(name, self._gather(name, columns, n))
            columns[j] = action(value) if action is not None else value
        return torch.stack(columns, dim=-1)  # type: ignore[arg-type]

    @torch.no_grad()
    def _sample_linear(self, n: int) -> Tensor:
        """Closed-form sampling of a linear-Gaussian model under hard interventions."""
        d = len(self.variables)
        weights = torch.zeros(d, d, dtype=torch.float64, device=self.device)
        bias = torch.zeros(d, dtype=self.dtype, device=self.device)
        scale = torch.zeros(d, dtype=self.dtype, device=self.device)
        for name, mechanism in self.mechanisms.items():
            j = self._index[name]
            if name in self._interventions:
                continue  # incoming edges cut, no noise: the value is set below
            bias[j], scale[j] = mechanism.bias, mechanism.scale
            for (column, offset, _hold), weight in zip(self._inputs[name], mechanism.weights):
                if offset == 0:  # lagged inputs have no history in a single step
                    weights[column, j] = weight
        # (I - W) is unit upper-triangular in topological order, so the inverse is exact and cheap.
        propagate = torch.linalg.inv(torch.eye(d, dtype=torch.float64, device=self.device) - weights).to(self.dtype)
        exogenous = torch.randn(n, d, device=self.device, dtype=self.dtype).mul_(scale).add_(bias)  # E = b + σU
        for name, value in self._interventions.items():
            exogenous[:, self._index[name]] = self._hard_value(name, value, n)
        return exogenous @ propagate  # (n, d) @ (d, d)

    def _evaluate(self, name: str, columns: list[Tensor | None], n: int,
                  parents: Tensor | None = None, intervention: Any = None, noise: Tensor | None = None) -> Tensor:
        value = self._interventions.get(name) if intervention is None else intervention
        mechanism = self.mechanisms[name]
        # Noise is drawn even for an intervened variable, so that worlds sampled from the same seed
        # share every other variable's noise (common random numbers) and differ only by the intervention.
        if noise is None:
            noise = mechanism.sample_noise(n, self._anchor)
        if value is not None and not callable(value):
            return self._hard_value(name, value, n)
        parents = self._gather(name, columns, n) if parents is None else parents
        natural = mechanism(parents, noise)
        return value(natural) if value is not None else natural

    # ------------------------------------------------------------------ counterfactuals
    def counterfactual(self, observed: Mapping[str, Any] | Tensor, interventions: Mapping[str, InterventionValue],
                       num_samples: int | None = None, as_dict: bool = False,
                       strict: bool = True) -> Tensor | dict[str, Tensor]:
        """Abduction–action–prediction: what would the observed unit(s) have looked like under ``interventions``?

        Args:
            observed: ``{variable: value or Tensor[n]}`` or full rows ``Tensor[n, d]``.
            interventions: ``{variable: value}`` (hard) or callables (soft), as in `do`.
            num_samples: ``None`` (default) returns, per observed unit, the expectation of the counterfactual
                over the posterior of the noise given the evidence. An integer returns that many rows (or one
                per unit), each one draw from that posterior.

        Returns ``Tensor[rows, d]``. Abduction is exact for invertible mechanisms (``linear``, ``mlp``, a
        callable with an inverse): the evidence fixes the noise. The noisy-OR's noise is discrete (a leak
        and one activation per edge), so the evidence leaves a posterior over the configurations that explain
        it; with one edge of power ``s`` and leak ``l``, observing cause = 1 and effect = 1 gives
        ``P(effect = 1 | do(cause = 0)) = l / (1 − (1 − l)(1 − s))``. The expectation enumerates those
        configurations exactly (Monte Carlo over up to 4096 posterior draws where the enumeration would exceed
        2^20 rows, fewer for a model of more than 16 variables, or where unobserved continuous noise must be
        integrated out). Noise of an unobserved variable that is not an ancestor of the evidence keeps its prior.

        A variable that is neither determined nor changed by the intervention and is not observed is NaN
        (unknown). When the evidence cannot identify a changed variable, ``strict=True`` raises a `DataError`
        naming what to observe; ``strict=False`` returns NaN for it (and its dependants) and logs the reason.
        An observation the model cannot produce raises `InterventionError` naming the values it can take;
        a non-invertible mechanism without discrete noise raises `MechanismError`.
        """
        if self._interventions:
            raise InterventionError(
                "counterfactual() is asked of the model that produced the observation; call it on the model "
                f"without do() (this one has interventions on {sorted(self._interventions)})."
            )
        facts = self._check_observed(observed)
        actions = self._check_interventions(interventions, "counterfactual()")
        _validate.optional(_validate.positive_int, "num_samples", num_samples,
                           what="None (the posterior expectation) or a positive integer")
        rows = max([num_samples or 1] + [t.numel() for t in facts.values()])
        # the expectation evaluates each unit once per world of its posterior, up to `_world_rows` rows in all
        self._check_rows(f"counterfactual over {rows} rows",
                         rows if num_samples is not None else max(rows, self._world_rows()), worlds=2)
        for name, value in facts.items():
            if value.numel() not in (1, rows):
                raise DataError(
                    f"Observed {name!r} has {value.numel()} values but other inputs have {rows}; give one value "
                    "per unit, or a scalar."
                )
        facts = {k: v.expand(rows) if v.numel() == 1 else v for k, v in facts.items()}
        hard = {k: self._hard_value(k, v, rows) for k, v in actions.items() if not callable(v)}
        plan = self._abduction_plan(facts, actions, strict)
        with torch.no_grad():
            self._check_support(facts, plan)
            noise, weights = self._posterior_worlds(facts, plan, rows, sample=num_samples is not None)
            worlds = weights.shape[1]
            # Each unit is evaluated once per world of its posterior: (rows, W) flattened to rows·W.
            facts = {k: v.repeat_interleave(worlds) for k, v in facts.items()}
            actions = {**actions, **{k: v.repeat_interleave(worlds) for k, v in hard.items()}}
            out = self._counterfactual_worlds(facts, actions, plan, noise, rows * worlds)
            out = out.view(rows, worlds, len(self.variables))
            out = (weights.unsqueeze(-1) * out).sum(dim=1)   # (rows, W, d) -> (rows, d)
            for name, value in hard.items():  # the weighted mean of a set value is that value, not 0.99999994
                out[:, self.variables.index(name)] = value.to(out.dtype)
        return self.as_dict(out) if as_dict else out

    def _abduction_plan(self, facts: dict[str, Tensor], actions: Mapping[str, Any],
                        strict: bool) -> dict[str, dict[str, Any]]:
        """Per variable, in topological order: where its noise comes from and whether each world knows it.

        ``noise`` is ``"prior"`` (unobserved and not an ancestor of the evidence, so the evidence says
        nothing about it), ``"posterior"`` (observed and changed by the intervention: abducted from its
        value and its observed parents) or ``None``; ``fact`` / ``cf`` say whether the factual and the
        counterfactual value are determined; ``reason`` says why a changed variable is not.
        """
        changed: set[str] = set(actions)
        for name in actions:
            changed.update(self.ruleset.descendants(name, instantaneous_only=True))
        evidence_ancestors: set[str] = set()
        for name in facts:
            evidence_ancestors.update(self.ruleset.ancestors(name, instantaneous_only=True))
        plan: dict[str, dict[str, Any]] = {}
        for name in self.order:
            parents = [self.variables[c] for c, off, _ in self._inputs[name] if off == 0]
            step: dict[str, Any] = {"noise": None, "fact": name in facts, "cf": True, "changed": name in changed,
                                    "parents_known": all(plan[p]["fact"] for p in parents)}
            if name not in facts and name not in evidence_ancestors:
                step["noise"] = "prior"
                step["fact"] = step["parents_known"]
            action = actions.get(name)
            if action is not None and not callable(action):
                step["noise"] = None  # fixed by the action; its children read the action, not its noise
                # Unobserved, its factual value is unknown without its noise, and nothing needs it: every
                # descendant is changed, and an observed one would have made it an ancestor of the evidence.
                step["fact"] = name in facts
                plan[name] = step
                continue
            if name not in changed:
                step["cf"] = step["fact"]
                if not step["fact"]:
                    step["noise"] = None  # unknown in both worlds: no noise to draw
                plan[name] = step
                continue
            reason = None
            if name in facts:
                unknown = [p for p in parents if not plan[p]["fact"]]
                if unknown:
                    reason = (f"recovering the noise of observed {name!r} needs the factual value of {unknown[0]!r}; "
                              f"add {unknown[0]} to the observation")
                else:
                    step["noise"] = "posterior"
            elif step["noise"] is None:
                reason = (f"{name!r} is changed by the intervention but unobserved while its value bears on "
                          f"the evidence; add {name} to the observation")
            unknown = [p for p in parents if not plan[p]["cf"]]
            if reason is None and unknown:
                reason = (f"the counterfactual {name!r} depends on {unknown[0]!r}, whose value the evidence does "
                          f"not determine; add {unknown[0]} to the observation")
            if reason is not None:
                if strict:
                    raise DataError(reason[0].upper() + reason[1:] + ".")
                log.warning("counterfactual: %s is unknown: %s.", name, reason)
                step["cf"], step["noise"] = False, None
            plan[name] = step
        return plan

    def _check_support(self, facts: dict[str, Tensor], plan: dict[str, dict[str, Any]]) -> None:
        """Refuse an observation the model cannot produce, naming the values it could take."""
        value_sets = None
        for name, value in facts.items():
            mechanism = self.mechanisms[name]
            if mechanism.noise_support(self._anchor) is None:
                continue  # continuous noise: every value is explained by some noise
            if plan[name]["parents_known"]:
                mechanism.posterior(self._stack(name, facts, value.shape[0]), value)  # raises if impossible
                continue
            value_sets = self._value_sets() if value_sets is None else value_sets
            possible = value_sets.get(name)
            if possible is None:
                continue
            tolerance = 1e-5 if self.dtype == torch.float64 else 1e-4
            outside = ((value.unsqueeze(-1) - possible).abs() > tolerance).all(dim=-1)
            if bool(outside.any()):
                i = int(outside.nonzero()[0])
                raise InterventionError(
                    f"Observed {name}={float(value[i]):g} cannot happen under this model: {name} can only take the "
                    f"values {', '.join(f'{float(v):g}' for v in possible)}. Observe a value the model can produce."
                )

    def _value_sets(self, limit: int = 64) -> dict[str, Tensor | None]:
        """Every value each variable can take in one step, where that is a small finite set (else ``None``)."""
        sets: dict[str, Tensor | None] = {}
        for name in self.order:
            mechanism = self.mechanisms[name]
            support = mechanism.noise_support(self._anchor)
            parent_sets = [sets[self.variables[c]] if off == 0 else self._anchor.new_zeros(1)
                           for c, off, _ in self._inputs[name]]
            if support is None or any(s is None for s in parent_sets):
                sets[name] = None
                continue
            configs, prior = support
            configs = configs[prior > 0]
            combos = (torch.cartesian_prod(*parent_sets).reshape(-1, len(parent_sets)) if parent_sets
                      else self._anchor.new_zeros(1, 0))
            if combos.shape[0] * configs.shape[0] > 1 << 16:
                sets[name] = None
                continue
            k, m = combos.shape[0], configs.shape[0]
            values = mechanism(combos.unsqueeze(1).expand(k, m, combos.shape[1]),
                               configs.unsqueeze(0).expand(k, m, configs.shape[1])).reshape(-1)
            unique = torch.unique(torch.round(values * 1e6) / 1e6)
            sets[name] = unique if unique.numel() <= limit else None
        return sets

    def _posterior_worlds(self, facts: dict[str, Tensor], plan: dict[str, dict[str, Any]], rows: int,
                          sample: bool) -> tuple[dict[str, Tensor], Tensor]:
        """Noise for every variable that needs it, per unit and world, with each world's weight.

        Returns ``({variable: noise [rows·W, ...]}, weights [rows, W])``. With ``sample`` each row is one
        draw from the posterior (W = 1). Otherwise the discrete posteriors are enumerated jointly (they are
        independent given the evidence, so the joint is their product), or, where that is too large or
        continuous noise must be integrated, ``W`` Monte Carlo draws of weight 1/W stand in for it.
        """
        sources: dict[str, tuple[Tensor, Tensor] | None] = {}   # name -> (support [rows, m, ...], probs [rows, m])
        for name, step in plan.items():
            mechanism = self.mechanisms[name]
            if step["noise"] == "posterior":
                sources[name] = mechanism.posterior(self._stack(name, facts, rows), facts[name])
            elif step["noise"] == "prior":
                support = mechanism.noise_support(self._anchor)
                sources[name] = None if support is None else (
                    support[0].unsqueeze(0).expand(rows, *support[0].shape), support[1].expand(rows, -1))
        if not sample:
            sizes = [s[1].shape[1] for s in sources.values() if s is not None]
            if None not in sources.values() and rows * math.prod(sizes) <= self._world_rows():
                return self._enumerate_worlds(sources, rows)
            worlds = max(1, min(4096, self._world_rows() // rows))
            log.info("counterfactual: averaging %d posterior draws per unit (the exact enumeration is too large "
                     "or continuous noise is free).", worlds)
        else:
            worlds = 1
        noise = {}
        for name, source in sources.items():
            if source is None:
                noise[name] = self.mechanisms[name].sample_noise(rows * worlds, self._anchor)
                continue
            support, probs = source
            pick = torch.multinomial(probs, worlds, replacement=True)                        # (rows, W)
            chosen = support.gather(1, pick.view(rows, worlds, *([1] * (support.dim() - 2))).expand(
                rows, worlds, *support.shape[2:]))
            noise[name] = chosen.reshape(rows * worlds, *support.shape[2:])
        return noise, torch.full((rows, worlds), 1.0 / worlds, device=self.device, dtype=self.dtype)

    def _world_rows(self) -> int:
        """(unit, world) rows a counterfactual expectation evaluates at most: 2^20, fewer over 16 variables,
        so that one world holds at most 2^24 values whatever the model's size."""
        return max(1, (1 << 24) // max(16, len(self.variables)))

    def _enumerate_worlds(self, sources: dict[str, tuple[Tensor, Tensor] | None],
                          rows: int) -> tuple[dict[str, Tensor], Tensor]:
        """Every joint configuration of the (independent) discrete posteriors, weighted by its probability."""
        noise, weights = {}, torch.ones(rows, 1, device=self.device, dtype=self.dtype)
        names = list(sources)
        sizes = [sources[name][1].shape[1] for name in names]  # type: ignore[index]
        total = math.prod(sizes)
        stride = total
        world = torch.arange(total, device=self.device)
        for name, size in zip(names, sizes):
            support, probs = sources[name]  # type: ignore[misc]
            stride //= size
            index = (world // stride) % size                                   # (W,): this variable's config
            weights = weights * probs[:, index]                                # (rows, W)
            noise[name] = support[:, index].reshape(rows * total, *support.shape[2:])
        return noise, weights.expand(rows, total)

    def _counterfactual_worlds(self, facts: dict[str, Tensor], actions: Mapping[str, Any],
                               plan: dict[str, dict[str, Any]], noise: dict[str, Tensor], n: int) -> Tensor:
        """The counterfactual world for ``n`` (unit, world) rows, given the noise of each world → ``[n, d]``."""
        fact: dict[str, Tensor | None] = {}
        cf: dict[str, Tensor | None] = {}
        for name in self.order:
            step, mechanism = plan[name], self.mechanisms[name]
            if name in facts:
                fact[name] = facts[name]
            elif step["fact"] and name in noise:
                fact[name] = mechanism(self._stack(name, fact, n), noise[name])
            else:
                fact[name] = None
            action = actions.get(name)
            if action is not None and not callable(action):
                cf[name] = action
            elif not step["changed"]:
                cf[name] = fact[name]
            elif not step["cf"]:
                cf[name] = None
            else:
                value = mechanism(self._stack(name, cf, n), noise[name])
                cf[name] = action(value) if action is not None else value
        nan = torch.full((n,), math.nan, device=self.device, dtype=self.dtype)
        return torch.stack([nan if cf[v] is None else cf[v] for v in self.variables], dim=-1)

    def _stack(self, name: str, world: dict[str, Tensor], n: int) -> Tensor:
        columns: list[Tensor | None] = [None] * len(self.variables)
        for column, offset, _ in self._inputs[name]:
            if offset == 0:
                columns[column] = world[self.variables[column]]
        return self._gather(name, columns, n)

    def _check_observed(self, observed: Mapping[str, Any] | Tensor) -> dict[str, Tensor]:
        if isinstance(observed, Tensor):
            rows = self._as_matrix(observed, "observed")
            observed = {v: rows[:, i] for i, v in enumerate(self.variables)}
        if not isinstance(observed, Mapping) or not observed:
            raise DataError("observed must be a non-empty {variable: value} mapping or a Tensor[n, d] of full rows.")
        facts = {}
        for name, value in observed.items():
            self.ruleset.check_variable(name, "observed")
            tensor = torch.as_tensor(value, dtype=self.dtype, device=self.device).reshape(-1)
            if not bool(torch.isfinite(tensor).all()):
                raise DataError(f"Observed {name!r} contains NaN or inf; observations must be finite.")
            bounds = self.mechanisms[name].value_range
            if bounds is not None and bool(((tensor < bounds[0]) | (tensor > bounds[1])).any()):
                raise DataError(
                    f"Observed {name!r} has a value outside [{bounds[0]:g}, {bounds[1]:g}], the range of its "
                    f"{type(self.mechanisms[name]).__name__} mechanism (intensities)."
                )
            facts[name] = tensor
        return facts

    # ------------------------------------------------------------------ data
    def _as_matrix(self, data: Any, what: str = "data") -> Tensor:
        """Validate and convert data (tensor, ndarray, DataFrame or {variable: column}) to ``[n, d]``."""
        columns = getattr(data, "columns", None)
        if columns is not None and hasattr(data, "to_numpy"):  # pandas DataFrame
            names = [str(c) for c in columns]
            for name in names:
                self.ruleset.check_variable(name, f"{what} columns")
            absent = [v for v in self.variables if v not in names]
            if absent:
                raise DataError(f"{what} has no column for {absent}; give one column per variable.")
            data = data[self.variables].to_numpy(dtype=np.float64, copy=True)
        if isinstance(data, Mapping):
            for name in data:
                self.ruleset.check_variable(name, what)
            absent = [v for v in self.variables if v not in data]
            if absent:
                raise DataError(f"{what} has no column for {absent}; give one column per variable.")
            data = torch.stack([torch.as_tensor(data[v]).reshape(-1) for v in self.variables], dim=-1)
        try:
            matrix = torch.as_tensor(data, dtype=self.dtype, device=self.device)
        except (TypeError, ValueError, RuntimeError):
            raise DataError(f"{what} must be numeric: a tensor, array or DataFrame of shape [n, d].") from None
        if matrix.dim() != 2 or matrix.shape[1] != len(self.variables):
            raise DataError(
                f"{what} has shape {tuple(matrix.shape)} but the model has {len(self.variables)} variables "
                f"({', '.join(self.variables)}); give a [n, {len(self.variables)}] table in that column order."
            )
        if matrix.shape[0] == 0:
            raise DataError(f"{what} has no rows.")
        bad = ~torch.isfinite(matrix)
        if bool(bad.any()):
            row, col = (int(i) for i in bad.nonzero()[0])
            raise DataError(
                f"{what} contains NaN or inf (first at row {row}, column {self.variables[col]!r}); "
                "drop or impute those rows first."
            )
        return matrix

    def log_prob(self, data: Any) -> Tensor:
        """Log density of each row ``[n]`` under an additive-Gaussian model (``linear`` / ``mlp``).

        Hard-intervened variables are constants and contribute nothing.
        """
        matrix = self._as_matrix(data)
        total = torch.zeros(matrix.shape[0], device=self.device, dtype=self.dtype)
        columns = list(matrix.unbind(-1))
        for name in self.order:
            value = self._interventions.get(name)
            if value is not None and not callable(value):
                continue
            if value is not None:
                raise MechanismError(f"log_prob is undefined under the soft intervention on {name!r}.")
            mechanism = self.mechanisms[name]
            total = total + mechanism.log_prob(self._gather(name, columns, matrix.shape[0]), columns[self._index[name]])
        return total

    def fit(self, data: Any, epochs: int = 300, lr: float = 0.01,
            batch_size: int | None = None) -> StructuralCausalModel:
        """Learn the mechanisms' parameters from observational data ``[n, d]`` (graph fixed); returns self.

        ``linear`` mechanisms are solved exactly by least squares; ``mlp`` and ``noisy_or`` are trained
        by Adam on the squared error of their conditional mean, and additive-noise scales are set to the
        residual standard deviation. User callables are left as they are.
        """
        _validate.nonnegative_int("fit(epochs)", epochs)
        _validate.positive("fit(lr)", lr)
        _validate.optional(_validate.positive_int, "fit(batch_size)", batch_size,
                           what="a positive number of rows per step, or None for all rows")
        matrix = self._as_matrix(data)
        columns = list(matrix.unbind(-1))
        n = matrix.shape[0]
        parents = {v: self._gather(v, columns, n) for v in self.variables}
        trained: list[str] = []
        for name in self.order:
            mechanism = self.mechanisms[name]
            if isinstance(mechanism, LinearGaussian):
                mechanism.fit_closed_form(parents[name], columns[self._index[name]])
            elif mechanism.learnable:
                trained.append(name)
            else:
                log.info("fit: %s uses %s, which has no learnable parameters; left unchanged.",
                         name, type(mechanism).__name__)
        if trained:
            params = [p for name in trained for p in self.mechanisms[name].parameters()]
            optimizer = torch.optim.Adam(params, lr=lr)
            batch = batch_size or n
            for _ in range(epochs):
                order = torch.randperm(n, device=self.device)
                for start in range(0, n, batch):
                    rows = order[start:start + batch]
                    loss = sum(
                        (self.mechanisms[v].expected(parents[v][rows]) - columns[self._index[v]][rows]).pow(2).mean()
                        for v in trained
                    )
                    optimizer.zero_grad()
                    loss.backward()
                    optimizer.step()
            for name in trained:
                mechanism = self.mechanisms[name]
                if isinstance(mechanism, AdditiveNoiseMechanism):
                    mechanism.fit_scale(parents[name], columns[self._index[name]])
        return self

    # ------------------------------------------------------------------ time
    def rollout(self, steps: int, interventions: Mapping[str, Any] | None = None, n: int = 1,
                as_dict: bool = False) -> Tensor | dict[str, Tensor]:
        """Unroll the temporal model for ``steps`` steps → ``Tensor[n, steps, d]``.

        At step ``t`` a rule ``c → e`` with offset ``o`` and duration ``D`` feeds ``e`` the value of
        ``c`` from steps ``t-o-D+1 … t-o`` (the one of largest magnitude), so an effect starts exactly
        ``o`` steps after its cause and is held ``D`` steps. Steps before 0 have value 0.

        Args:
            interventions: ``{variable: {step: value}}`` for interventions at given steps, or
                ``{variable: value}`` for every step; added to this model's own ``do()``.
        """
        _validate.positive_int("rollout(steps)", steps)
        _validate.positive_int("rollout(n)", n)
        self._check_rows(f"rollout(steps={steps}, n={n})", n, steps=steps)
        schedule: dict[int, dict[str, Any]] = {t: {} for t in range(steps)}
        for name, spec in (interventions or {}).items():
            self.ruleset.check_variable(name, "rollout interventions")
            per_step = spec if isinstance(spec, Mapping) else {t: spec for t in range(steps)}
            for t, value in per_step.items():
                if not isinstance(t, int) or not 0 <= t < steps:
                    raise InterventionError(
                        f"Intervention on {name!r} at step {t!r} is outside the rollout of {steps} steps "
                        f"(valid steps: 0 … {steps - 1})."
                    )
                schedule[t][name] = self._check_interventions({name: value}, "rollout interventions")[name]

        history: list[list[Tensor]] = []  # history[t][column] -> [n]
        zeros = torch.zeros(n, device=self.device, dtype=self.dtype)
        with torch.no_grad():
            for t in range(steps):
                columns: list[Tensor | None] = [None] * len(self.variables)
                for name in self.order:
                    inputs = []
                    for column, offset, hold in self._inputs[name]:
                        if offset == 0 and hold == 1:
                            inputs.append(columns[column])
                            continue
                        window = [  # steps before 0 have no value (a hold longer than the run is clipped)
                            (columns[column] if s == t else history[s][column])
                            for s in range(max(0, t - offset - hold + 1), t - offset + 1)
                        ]
                        inputs.append(_largest_magnitude(window) if window else zeros)
                    parents = torch.stack(inputs, dim=-1) if inputs else zeros.new_empty(n, 0)
                    columns[self._index[name]] = self._evaluate(name, columns, n, parents, schedule[t].get(name))
                history.append(columns)  # type: ignore[arg-type]
        trajectory = torch.stack([torch.stack(cols, dim=-1) for cols in history], dim=1)
        return self.as_dict(trajectory) if as_dict else trajectory

    def extra_repr(self) -> str:
        kinds = {type(m).__name__ for m in self.mechanisms.values()}
        shown = f", do={sorted(self._interventions)}" if self._interventions else ""
        return f"variables={len(self.variables)}, rules={len(self.ruleset)}, mechanisms={sorted(kinds)}{shown}"

    @classmethod
    def from_data(cls, data: Any, ruleset: CausalRuleSet | Mapping[str, Any] | None = None, mechanism: str = "linear",
                  **options: Any) -> StructuralCausalModel:
        """Data → graph → fitted mechanisms: a model ready for ``do()`` and ``counterfactual()``.

        Args:
            data: ``[n, d]`` tensor or array, or a pandas DataFrame (column names become variables).
            ruleset: the graph; ``None`` discovers it with NOTEARS (linear for ``"linear"``, MLP for
                ``"mlp"``). With a ruleset, array columns are in ``ruleset.variables`` order.
            mechanism: ``"linear"`` (least squares) or ``"mlp"`` (trained by ``fit``).
            options: ``epochs`` and ``lr`` for `fit`; without a ruleset also the options of
                `causaltorch.discovery.discover` (``score``, ``required``, ``forbidden``, ``tiers``,
                ``threshold``, ``bootstrap``, ``names`` …).
        """
        module, builder = FROM_DATA_BUILDER
        scm_from_data = getattr(importlib.import_module(module), builder)
        return scm_from_data(data, ruleset=ruleset, mechanism=mechanism, **options)


def _largest_magnitude(window: list[Tensor]) -> Tensor:
    stacked = torch.stack(window, dim=-1)  # (n, w)
    pick = stacked.abs().argmax(dim=-1, keepdim=True)
    return stacked.gather(-1, pick).squeeze(-1)
