"""`CounterfactualDreamer`: "what if" variations of a generator's output, by do() on its causal latent.

A generator with an SCM latent draws exogenous noise, pushes it through the rules' structural causal model
(`StructuralCausalModel.evaluate`, in topological order) to get the values of named factors, and decodes them
(with free, non-causal dimensions) into an output. The dreamer drives that same path under interventions
(`StructuralCausalModel.do`): an intervention on ``x`` reaches x's descendants and never its ancestors, which is
the point of a causal dreamer over plain latent noise. With one ``random_seed`` every world shares its noise, so
``imagine(seed=s)`` and ``imagine([do(x)], seed=s)`` differ only downstream of ``x``.

``imagine(..., counterfactual_of=latent)`` is abduction–action–prediction (`StructuralCausalModel.counterfactual`)
on given latents: each sample's noise is recovered from its factor values, the intervention applied, and the
factors recomputed; non-descendants of the intervened variables keep their values exactly, and the free
dimensions are kept as they were.

Generators the dreamer drives (chosen by what the generator has):

- an image generator (`CausalImageGenerator` / `CausalCNN`): its ``causal_encoder.scm``; outputs are pictures
  ``[n, 3, S, S]``, latents ``[n, latent_dim]`` (factors first);
- any generator with ``latent_scm(rules)`` and ``decode(z)`` — `SimpleVAE`: the leading latent dimensions are
  the SCM's variables (linear-Gaussian), the rest free N(0, 1); outputs are ``decode(z)``;
- a video model (`CNSGNet`, given ``initial_frame``): the rules' temporal SCM rolled out under the interventions
  at every frame; outputs are clips ``[n, T, 3, H, W]``; no ``counterfactual_of`` (a rollout is not one step);
- a text model (`CausalTransformer` / `cnsg`, given ``prompt``): interventions on its rules during generation;
  outputs are strings; ``counterfactual_of=text`` rewrites that text under the hard interventions
  (`causaltorch.text.counterfactual.rewrite_counterfactual`).

Anything else raises `NoCausalLatentError` saying what a generator needs.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Mapping
from typing import Any

import torch
from torch import Tensor, nn

from causaltorch import _validate
from causaltorch._checkpoint import check_memory
from causaltorch.creative.intervention import CausalIntervention, as_interventions, mutilate, scm_actions
from causaltorch.errors import CausalTorchError, DataError, InterventionError, RuleValidationError
from causaltorch.rules import CausalRuleSet, as_ruleset
from causaltorch.scm import StructuralCausalModel

__all__ = ["CounterfactualDreamer", "NoCausalLatentError"]

NEEDS = ("a generator with an SCM latent: a CausalImageGenerator (causal_encoder.scm + decode), a model with "
         "latent_scm(rules) and decode(z) such as SimpleVAE, a CNSGNet video model (with initial_frame=...) or a "
         "CausalTransformer text model (with prompt=...)")


class NoCausalLatentError(CausalTorchError, TypeError):
    """A base generator the dreamer cannot drive: it has no structural causal model in its latent."""


class _LatentBackend(ABC):
    """One step of an SCM latent: noise → factors (+ free dims) → output; the shape every backend shares.
    Subclasses say how ``do()`` reaches their factors (`latent`) and how a latent becomes an output (`decode`)."""

    kind = "latent"

    def __init__(self, scm: StructuralCausalModel, generator: nn.Module, latent_dim: int):
        self.scm, self.generator, self.latent_dim = scm, generator, latent_dim

    def noise(self, n: int, rng: torch.Generator) -> Tensor:
        return torch.randn(n, self.latent_dim, generator=rng)

    def check_size(self, n: int) -> None:
        """Refuse ``n`` samples that cannot fit in memory, before anything is drawn."""
        estimate = getattr(self.generator, "generation_bytes", None)
        nbytes = estimate(n) if callable(estimate) else 4 * n * (3 * self.latent_dim + 4 * 1024)
        check_memory(nbytes, f"Dreaming {n} samples", "ask for fewer samples at a time")

    @abstractmethod
    def latent(self, z: Tensor, actions: Mapping[str, Any]) -> Tensor:
        """The latent (factors under ``actions``, then the free dims) for standard-normal noise ``z``."""

    @abstractmethod
    def decode(self, latent: Tensor) -> Tensor:
        """The generator's output for ``latent``."""

    def free(self, z: Tensor) -> Tensor:
        return z[:, len(self.scm.variables):]

    def counterfactual(self, latent: Tensor, actions: Mapping[str, Any]) -> Tensor:
        d = len(self.scm.variables)
        if not actions:
            return latent.clone()
        factors = self.scm.counterfactual(latent[:, :d].to(self.scm.dtype), dict(actions))
        return torch.cat([factors.to(latent.dtype), latent[:, d:]], dim=-1)


class _ImageBackend(_LatentBackend):
    """`CausalImageGenerator`: factors from ``ndtr(z[:, :d])`` through the SCM, exactly as ``generate`` does."""

    def __init__(self, generator: nn.Module, scm: StructuralCausalModel):
        super().__init__(scm, generator, generator.latent_dim)

    def latent(self, z: Tensor, actions: Mapping[str, Any]) -> Tensor:
        from causaltorch.vision.latent import propagate_from_uniform

        d = len(self.scm.variables)
        device = self.generator.device
        z = z.to(device)
        uniform = torch.special.ndtr(z[:, :d].to(self.scm.dtype))
        factors = propagate_from_uniform(self.scm.do(dict(actions)), uniform).to(z.dtype)
        return torch.cat([factors, self.generator.causal_encoder.free(z[:, d:])], dim=-1)

    def decode(self, latent: Tensor) -> Tensor:
        return self.generator.decode(latent.to(self.generator.device))


class _VectorBackend(_LatentBackend):
    """``latent_scm`` + ``decode``: the leading dims are the SCM's variables, their noise the prior's N(0, 1)."""

    def __init__(self, generator: nn.Module, scm: StructuralCausalModel, latent_dim: int):
        super().__init__(scm, generator, latent_dim)

    def latent(self, z: Tensor, actions: Mapping[str, Any]) -> Tensor:
        d = len(self.scm.variables)
        factors = self.scm.do(dict(actions)).evaluate(z[:, :d].to(self.scm.dtype)).to(z.dtype)
        return torch.cat([factors, z[:, d:]], dim=-1)

    def decode(self, latent: Tensor) -> Tensor:
        return self.generator.decode(latent)


def _is_video(generator: Any) -> bool:
    return hasattr(generator, "rollout_state") and hasattr(generator, "predictor") and hasattr(generator, "scm")


def _is_text(generator: Any) -> bool:
    config = getattr(generator, "config", None)
    return hasattr(generator, "causal_rules") and hasattr(config, "vocab_size") and hasattr(config, "max_seq_length")


class CounterfactualDreamer(nn.Module):
    """Generates "what if" variations of a generator's outputs by intervening on its causal latent.

    ``CounterfactualDreamer(base_generator, rules=None, latent_dim=None, *, initial_frame=None, num_frames=None,
    prompt=None, max_new_tokens=20)``

    Args:
        base_generator: see the module docstring for the kinds it drives.
        rules: the causal graph. ``None``: the generator's own. For an image generator, rules over the same
            variables in the same order (other strengths) replace the latent's; for a `SimpleVAE` they name its
            leading latent dimensions.
        latent_dim: the generator's latent width (checked against it); ``None`` reads it off the generator.
        initial_frame, num_frames: frame 0 ``[3, H, W]`` and clip length, for a video model.
        prompt, max_new_tokens: the text every sample continues, for a text model.

    Raises `NoCausalLatentError` for a generator without an SCM latent, `RuleValidationError` for rules over
    other variables than the generator's latent, `DataError` for a ``latent_dim`` that does not match.
    """

    def __init__(self, base_generator: Any, rules: CausalRuleSet | Mapping[str, Any] | None = None,
                 latent_dim: int | None = None, *, initial_frame: Tensor | None = None, num_frames: int | None = None,
                 prompt: str | None = None, max_new_tokens: int = 20):
        _validate.optional(_validate.positive_int, "latent_dim", latent_dim, what="a positive integer or None")
        super().__init__()
        self.base_generator = base_generator
        self.initial_frame, self.num_frames = initial_frame, num_frames
        self.prompt, self.max_new_tokens = prompt, max_new_tokens
        self._backend: _LatentBackend | None = None
        encoder = getattr(base_generator, "causal_encoder", None)
        if encoder is not None and isinstance(getattr(encoder, "scm", None), StructuralCausalModel):
            scm = encoder.scm if rules is None else self._image_scm(encoder.scm, rules)
            self._backend = _ImageBackend(base_generator, scm)
            self.kind, own_dim = "image", base_generator.latent_dim
        elif all(callable(getattr(base_generator, name, None)) for name in ("latent_scm", "decode")):
            scm = base_generator.latent_scm(rules)
            own_dim = base_generator.latent_dim
            self._backend = _VectorBackend(base_generator, scm, own_dim)
            self.kind = "vector"
        elif _is_video(base_generator):
            if initial_frame is None:
                raise DataError("A video model needs initial_frame=... (frame 0, [3, H, W]) to dream clips from.")
            scm, own_dim, self.kind = base_generator.scm, len(base_generator.variables), "video"
            _validate.optional(_validate.integer, "num_frames", num_frames, 2, what="an integer >= 2 or None")
            if rules is not None and as_ruleset(rules) != base_generator.ruleset:
                raise RuleValidationError("A video model dreams with the rules it was built with (its frames are "
                                          "drawn from their rollout); leave rules out or give those rules.")
        elif _is_text(base_generator):
            if not isinstance(prompt, str) or not prompt.strip():
                raise DataError("A text model needs prompt=... (the text every sample continues).")
            _validate.positive_int("max_new_tokens", max_new_tokens)
            ruleset = as_ruleset(rules) if rules is not None else base_generator.causal_rules
            if not ruleset.variables:
                raise NoCausalLatentError("This text model has no causal rules to intervene on; give rules=... .")
            scm, own_dim, self.kind = StructuralCausalModel(ruleset), len(ruleset.variables), "text"
        else:
            raise NoCausalLatentError(f"CounterfactualDreamer cannot drive a {type(base_generator).__name__}: it needs "
                                      f"{NEEDS}.")
        if self.kind != "video" and (initial_frame is not None or num_frames is not None):
            raise DataError(f"initial_frame and num_frames are for video models; this is a {self.kind} generator.")
        if self.kind != "text" and prompt is not None:
            raise DataError(f"prompt is for text models; this is a {self.kind} generator.")
        if latent_dim is not None and latent_dim != own_dim:
            raise DataError(f"latent_dim={latent_dim} but the generator's latent has {own_dim} dimensions; leave "
                            "latent_dim out or give the generator's.")
        self.scm: StructuralCausalModel = scm
        self.latent_dim = own_dim
        self.original_rules = scm.ruleset

    # ------------------------------------------------------------------ construction helpers
    @staticmethod
    def _check_same_variables(variables: list[str], rules: Any) -> None:
        if rules is not None and as_ruleset(rules).variables != variables:
            raise RuleValidationError(
                f"The rules have the variables {as_ruleset(rules).variables}, but the generator's latent has "
                f"{variables} (in that order); a generator reads its factors by position, so give rules over the "
                "same variables or none.")

    def _image_scm(self, own: StructuralCausalModel, rules: Any) -> StructuralCausalModel:
        from causaltorch.vision.latent import intensity_scm

        self._check_same_variables(own.variables, rules)
        return intensity_scm(rules)

    # ------------------------------------------------------------------ public API
    @property
    def variables(self) -> list[str]:
        return self.scm.variables

    def intervene(self, graph: CausalRuleSet | Mapping[str, Any], intervention: CausalIntervention) -> CausalRuleSet:
        """The graph after ``intervention`` (a copy): a hard one cuts every edge into its variable."""
        return mutilate(graph, intervention)

    def mutilated_graph(self, interventions: Any = None) -> CausalRuleSet:
        """The dreamer's rules after every intervention in turn (what the outputs should obey)."""
        graph = self.original_rules
        for item in as_interventions(interventions):
            graph = self.intervene(graph, item)
        return graph.copy() if graph is self.original_rules else graph

    def check_num_samples(self, num_samples: int) -> int:
        """``num_samples`` if it is a positive integer whose outputs fit in memory (`DataError` otherwise)."""
        _validate.positive_int("num_samples", num_samples)
        if self._backend is not None:
            self._backend.check_size(num_samples)
        return num_samples

    def latent(self, num_samples: int = 1, interventions: Any = None, random_seed: int | None = None) -> Tensor:
        """Latents ``[n, latent_dim]`` (the SCM's variables first) under the interventions; a one-step latent only.

        The same ``random_seed`` gives the same noise whatever the interventions (common random numbers).
        """
        backend = self._one_step("latent()")
        _validate.positive_int("num_samples", num_samples)
        actions = scm_actions(self.scm, interventions)
        backend.check_size(num_samples)
        with torch.no_grad():
            return backend.latent(backend.noise(num_samples, self._rng(random_seed)), actions)

    @torch.no_grad()
    def counterfactual_latent(self, latent: Tensor, interventions: Any) -> Tensor:
        """Counterfactual latents of ``latent [n, latent_dim]`` under ``interventions`` (abduction–action–
        prediction on the factors, `StructuralCausalModel.counterfactual`; the free dimensions kept)."""
        backend = self._one_step("counterfactual_latent()")
        return backend.counterfactual(self._check_latent(latent), scm_actions(self.scm, interventions))

    def decode(self, latent: Tensor) -> Any:
        """Outputs for latents ``[n, latent_dim]`` (the generator's decoder)."""
        return self._one_step("decode()").decode(latent)

    @torch.no_grad()
    def imagine(self, interventions: Any = None, num_samples: int = 1, random_seed: int | None = None,
                counterfactual_of: Tensor | str | None = None) -> Any:
        """Outputs under ``interventions`` (`CausalIntervention` s or ``{variable: value}``).

        Args:
            num_samples: how many outputs (with ``counterfactual_of``: 1 or the number of given latents).
            random_seed: seeds this call's noise only (the global generator is left alone); the same seed
                gives the same noise in every world.
            counterfactual_of: latents ``[n, latent_dim]`` or ``[latent_dim]`` (e.g. from `latent`) whose
                counterfactuals to decode; for a text model, a text to rewrite.

        Returns pictures, vectors, clips (the generator's outputs, ``[n, ...]``) or, for text, a list of strings.
        Everything is checked before anything is drawn: an unknown variable (`UnknownVariableError`), a value
        outside the variable's range or a strength outside [0, 1] (`InterventionError`).
        """
        _validate.positive_int("num_samples", num_samples)
        _validate.optional(_validate.integer, "random_seed", random_seed, 0, 2**63 - 1,
                           what="None or a non-negative integer")
        actions = scm_actions(self.scm, interventions)
        if counterfactual_of is not None:
            return self._counterfactual(counterfactual_of, actions, interventions, num_samples)
        if self.kind == "video":
            return self._video(actions, num_samples, random_seed)
        if self.kind == "text":
            return self._text(actions, num_samples, random_seed)
        backend = self._backend
        assert backend is not None
        backend.check_size(num_samples)
        latent = backend.latent(backend.noise(num_samples, self._rng(random_seed)), actions)
        return backend.decode(latent)

    # ------------------------------------------------------------------ kinds
    def _one_step(self, what: str) -> _LatentBackend:
        if self._backend is None:
            raise DataError(f"{what} needs a generator with a one-step latent (an image generator or a SimpleVAE); "
                            f"a {self.kind} model's latent is {'a rollout' if self.kind == 'video' else 'its rules'}.")
        return self._backend

    @staticmethod
    def _rng(seed: int | None) -> torch.Generator:
        rng = torch.Generator()
        if seed is None:
            rng.seed()
        else:
            rng.manual_seed(seed)
        return rng

    def _counterfactual(self, observed: Any, actions: dict[str, Any], interventions: Any, num_samples: int) -> Any:
        if self.kind == "text":
            return self._text_counterfactual(observed, actions, interventions)
        backend = self._one_step("counterfactual_of")
        latent = self._check_latent(observed)
        if num_samples not in (1, latent.shape[0]):
            raise DataError(f"With counterfactual_of there is one counterfactual per given latent ({latent.shape[0]}); "
                            f"num_samples={num_samples} must be 1 or {latent.shape[0]}.")
        return backend.decode(backend.counterfactual(latent, actions))

    def _check_latent(self, observed: Any) -> Tensor:
        if not isinstance(observed, Tensor):
            raise DataError(f"counterfactual_of must be latents [n, {self.latent_dim}] (e.g. dreamer.latent(...)), "
                            f"got {type(observed).__name__}.")
        latent = observed.unsqueeze(0) if observed.dim() == 1 else observed
        if latent.dim() != 2 or latent.shape[1] != self.latent_dim or latent.shape[0] == 0:
            raise DataError(f"counterfactual_of must have shape [n, {self.latent_dim}] or [{self.latent_dim}], got "
                            f"{tuple(observed.shape)}.")
        if not bool(torch.isfinite(latent).all()):
            raise DataError("counterfactual_of contains NaN or inf; give latents the generator produced.")
        return latent

    def _video(self, actions: dict[str, Any], num_samples: int, seed: int | None) -> Tensor:
        frame = self.initial_frame
        frame = frame[None] if frame.dim() == 3 else frame
        if frame.shape[0] not in (1, num_samples):
            raise DataError(f"initial_frame holds {frame.shape[0]} frames for {num_samples} samples; give one frame.")
        check_memory(self.base_generator.generation_bytes(self.num_frames or self.base_generator.config.num_frames,
                                                          num_samples),
                     f"Dreaming {num_samples} clips", "ask for fewer samples at a time")
        frames = frame.expand(num_samples, *frame.shape[1:])
        return self.base_generator.generate(frames, self.num_frames, causal_interventions=actions or None, seed=seed)

    def _text(self, actions: dict[str, Any], num_samples: int, seed: int | None) -> list[str]:
        from causaltorch.text.generation import generate

        if any(callable(action) for action in actions.values()):
            raise InterventionError("A text model takes hard interventions only (strength=1): its rules switch "
                                    "effects on or off during decoding.")
        rng = self._rng(seed)
        return [generate(self.base_generator, self.prompt, max_new_tokens=self.max_new_tokens,
                         causal_interventions=actions or None, causal_rules=self.scm.ruleset, generator=rng)
                for _ in range(num_samples)]

    def _text_counterfactual(self, text: Any, actions: dict[str, Any], interventions: Any) -> str:
        from causaltorch.text.counterfactual import rewrite_counterfactual

        if not isinstance(text, str):
            raise DataError(f"For a text model counterfactual_of is a text, got {type(text).__name__}.")
        if any(callable(action) for action in actions.values()) or not actions:
            raise InterventionError("A text counterfactual needs at least one hard intervention (strength=1).")
        return str(rewrite_counterfactual(self.scm.ruleset, text, actions))

    def extra_repr(self) -> str:
        return f"kind={self.kind}, variables={self.variables}, latent_dim={self.latent_dim}"
