"""Image generators whose latent is a structural causal model: `CausalImageGenerator` / `CausalCNN`.

``z [B, latent_dim]`` → `CausalLatentEncoder` (SCM factors + free dims) → `CausalSpatialDecoder` →
``images [B, 3, S, S]`` in [-1, 1]. The factors are also fed to every decoder stage as constant
feature maps, so each stage can paint what the factors say; with ``sparsity > 0`` the stages are
`SparseConvBlock` s that compute only the channels their router picks. `CausalDiscriminator` scores
real/fake and has one causal head per rule, reading that rule's cause and effect intensities off a picture.

Saved as ``config.json`` (architecture + the rule set) and ``model.safetensors``. Weights saved before the
decoder was its own module (``project.*``, ``blocks.*``, ``to_rgb.*``) load under ``decoder.*``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

import torch
from torch import Tensor, nn

from causaltorch._checkpoint import (
    CONFIG_FILE,
    ConfigDict,
    LegacyNames,
    check_memory,
    check_model_fits,
    load_pretrained,
    read_config,
    write_pretrained,
)
from causaltorch._constitution import HoldsConstitution
from causaltorch._validate import fraction, positive_int
from causaltorch.errors import CheckpointError, DataError, RuleValidationError
from causaltorch.rules import CausalRuleSet, as_ruleset
from causaltorch.scm import StructuralCausalModel
from causaltorch.vision.decoder import CausalSpatialDecoder, DecoderBlock
from causaltorch.vision.latent import CausalLatentEncoder, image_rules, intervention_table, propagate_from_uniform

__all__ = [
    "CausalImageGeneratorConfig", "CausalImageGenerator", "CausalCNN", "CausalDiscriminator", "DecoderBlock",
    "IndependentFactorLatent",
]


_MODEL_TYPE = "causaltorch-image-generator"


@dataclass
class CausalImageGeneratorConfig(ConfigDict):
    """Everything that fixes a generator's architecture; saved as ``config.json``.

    Args:
        latent_dim: noise dimensions; the first ``d`` drive the factors, the rest are free.
        img_size: picture side, a power of two >= 8.
        causal_rules: the factor graph in `CausalRuleSet.to_dict` form; None: the bundled ``vision`` rules
            (logged), stored in their dict form.
        channels: feature maps of the last decoder stage (each earlier stage has twice as many, up to 8x).
        in_channels: colour channels of the pictures (3).
        sparsity: fraction of each decoder stage's output channels skipped per picture, in [0, 1): 0 gives
            dense stages, more gives `SparseConvBlock` stages that compute only the channels routed to.
        independent_factors: the ablation without the SCM: each factor is drawn from its own
            observational marginal, independently, and do() sets only the named factor.
    """

    latent_dim: int = 128
    img_size: int = 64
    causal_rules: dict[str, Any] | CausalRuleSet | None = None
    channels: int = 32
    in_channels: int = 3
    sparsity: float = 0.0
    independent_factors: bool = False

    def __post_init__(self) -> None:
        self.check_types()
        for name in ("latent_dim", "img_size", "channels", "in_channels"):
            positive_int(name, getattr(self, name))
        if self.img_size < 8 or self.img_size & (self.img_size - 1):
            raise DataError(f"img_size must be a power of two >= 8 (32, 64, 128 …), got {self.img_size}.")
        self.sparsity = fraction("sparsity", self.sparsity, high_open=True,
                                 what="a finite number in [0, 1) (the fraction of each decoder stage's channels "
                                      "skipped)")
        self.causal_rules = image_rules(self.causal_rules, "CausalImageGenerator").to_dict()


_DECODER_PARTS = ("project.", "blocks.", "to_rgb.")  # top-level names of the decoder's weights before it was a module


def _legacy_names(names: list[str], prefix: str = "") -> dict[str, str]:
    """``{old name: new name}`` for the weights of a generator saved before ``decoder`` was its own module."""
    return {name: f"{prefix}decoder.{name[len(prefix):]}" for name in names
            if name.startswith(prefix) and name[len(prefix):].startswith(_DECODER_PARTS)}


# load_state_dict(...) of an old state dict, directly or as part of a Lightning checkpoint, and load_pretrained
_LEGACY = LegacyNames(_legacy_names)


class IndependentFactorLatent(nn.Module):
    """The ablation's latent: every factor drawn from its own observational marginal, independently.

    ``forward(z [B, latent_dim], values, mask) -> [B, latent_dim]`` (factors in the SCM's ``variables``
    order, then the free dimensions unchanged). Factor ``j`` is ``F_j^-1(Phi(z_j))``, the quantile function
    of the SCM's marginal of ``j`` at ``j``'s own noise dimension: factors are independent of one another
    at every batch size (no joint SCM row is ever used), and each has the distribution it has under the
    SCM. The quantiles come from ``num_points`` scrambled-Sobol noise rows pushed through the SCM once
    (seeded, so a model is the same function of ``z`` each time it is built), kept as a non-persistent
    buffer, so checkpoints do not change. ``mask [B, d]`` sets factors to ``values [B, d]`` and nothing
    else moves: there is no graph here.
    """

    def __init__(self, scm: StructuralCausalModel, input_dim: int, num_points: int = 2**15, seed: int = 0):
        super().__init__()
        self.num_factors, self.input_dim = len(scm.variables), input_dim
        if torch.get_default_device().type == "meta":  # a shape-only build (checking sizes): nothing to draw
            self.register_buffer("quantiles", torch.empty(num_points, self.num_factors), persistent=False)
            return
        uniform = torch.quasirandom.SobolEngine(self.num_factors, scramble=True, seed=seed).draw(num_points)
        with torch.no_grad():
            joint = propagate_from_uniform(scm, uniform.to(scm.dtype))  # (N, d) observational rows
        self.register_buffer("quantiles", joint.sort(dim=0).values, persistent=False)  # each column sorted alone

    def forward(self, z: Tensor, values: Tensor | None = None, mask: Tensor | None = None) -> Tensor:
        if z.dim() != 2 or z.shape[1] != self.input_dim:
            raise DataError(f"z must have shape [batch, {self.input_dim}], got {tuple(z.shape)}.")
        d, points = self.num_factors, self.quantiles.shape[0]
        # each column's empirical quantile function, linearly interpolated, at u = Phi(z_j)
        position = torch.special.ndtr(z[:, :d].to(self.quantiles.dtype)) * (points - 1)  # (B, d)
        below = position.floor().long().clamp(0, points - 2)
        low, high = self.quantiles.gather(0, below), self.quantiles.gather(0, below + 1)  # (B, d) each
        factors = torch.lerp(low, high, position - below)
        if mask is not None:
            factors = torch.where(mask, values.to(factors.dtype), factors)
        return torch.cat([factors.to(z.dtype), z[:, d:]], dim=-1)


class CausalImageGenerator(HoldsConstitution, nn.Module):
    """Generates pictures from a causal latent; ``generate(causal_interventions=...)`` is do() on it.

    ``CausalImageGenerator(latent_dim=128, img_size=64, causal_rules=None, sparsity=0.0,
    ethical_constitution=None, **config_fields)`` or ``CausalImageGenerator(config)``.

    - ``encode(z [B, latent_dim]) -> z_causal [B, latent_dim]`` (factors in ``variables`` order, then free dims)
    - ``decode(z_causal) -> images [B, 3, S, S]`` in [-1, 1] (`CausalSpatialDecoder`, ``self.decoder``)
    - ``generate(num_samples, causal_interventions) -> (images, z_causal)``

    ``causal_rules=None`` uses the bundled ``vision`` rules (logged at INFO). ``sparsity`` in [0, 1) is the
    fraction of each decoder stage's output channels *not computed* per picture (`SparseConvBlock`: the
    skipped filters are never read, DESIGN §5); 0 keeps the dense stages. ``ethical_constitution`` (not saved,
    not moved by ``.to()``): if callable, `generate` returns ``constitution(images)[0]``, the constitution's
    ``(output, passed, violations)`` output, in place of the decoded pictures.
    """

    def __init__(self, latent_dim: int | CausalImageGeneratorConfig = 128, img_size: int = 64,
                 causal_rules: CausalRuleSet | Mapping[str, Any] | None = None, sparsity: float = 0.0,
                 ethical_constitution: Any = None, *, image_size: int | None = None, **config_fields: Any):
        if isinstance(latent_dim, CausalImageGeneratorConfig):
            config = latent_dim
        else:
            if image_size is not None:
                img_size = image_size
            known = {f.name for f in fields(CausalImageGeneratorConfig)}
            unknown = sorted(set(config_fields) - known)
            if unknown:
                raise DataError(f"Unknown generator argument(s) {unknown}. Config fields: {sorted(known)}.")
            rules = image_rules(causal_rules, type(self).__name__).to_dict() if causal_rules is None else (
                causal_rules.to_dict() if isinstance(causal_rules, CausalRuleSet) else causal_rules)
            config = CausalImageGeneratorConfig(latent_dim=latent_dim, img_size=img_size, causal_rules=rules,
                                                sparsity=sparsity, **config_fields)
        check_model_fits(lambda _: CausalImageGenerator(config), 1,
                         f"An image generator with latent_dim={config.latent_dim}, img_size={config.img_size} and "
                         f"channels={config.channels}", "choose smaller sizes")
        super().__init__()
        self.config = config
        self.causal_encoder = CausalLatentEncoder(config.latent_dim, config.causal_rules)
        if config.independent_factors:
            self.marginal_factors = IndependentFactorLatent(self.causal_encoder.scm, config.latent_dim)
        self.decoder = CausalSpatialDecoder(config.latent_dim, config.img_size, config.causal_rules,
                                            channels=config.channels, in_channels=config.in_channels,
                                            sparsity=config.sparsity)
        self.ethical_constitution = ethical_constitution
        self.register_load_state_dict_pre_hook(_LEGACY.hook)

    # ------------------------------------------------------------------ properties
    @property
    def latent_dim(self) -> int:
        return self.config.latent_dim

    @property
    def img_size(self) -> int:
        return self.config.img_size

    image_size = img_size

    @property
    def variables(self) -> list[str]:
        return self.causal_encoder.variables

    @property
    def causal_rules(self) -> CausalRuleSet:
        return self.causal_encoder.scm.ruleset

    @property
    def device(self) -> torch.device:
        return self.decoder.project.weight.device

    # ------------------------------------------------------------------ the model
    def encode(self, z: Tensor, causal_interventions: Mapping[str, Any] | None = None,
               values: Tensor | None = None, mask: Tensor | None = None) -> Tensor:
        """Noise ``[B, latent_dim]`` → latent ``[B, latent_dim]``: the SCM's factors (`CausalLatentEncoder`),
        or with ``independent_factors`` each factor from its own marginal (`IndependentFactorLatent`)."""
        if not self.config.independent_factors:
            return self.causal_encoder(z, causal_interventions, values, mask)
        if causal_interventions:
            values, mask = intervention_table(self.causal_encoder.scm, causal_interventions, z.shape[0])
        return self.marginal_factors(z, values, mask)

    def decode(self, z_causal: Tensor) -> Tensor:
        """Causal latent ``[B, latent_dim]`` → pictures ``[B, 3, S, S]`` in [-1, 1]."""
        return self.decoder(z_causal)

    def forward(self, z: Tensor) -> Tensor:
        """Noise ``[B, latent_dim]`` → pictures ``[B, 3, S, S]``."""
        return self.decode(self.encode(z))

    def generation_bytes(self, num_samples: int) -> int:
        """About how many bytes `generate` needs for ``num_samples`` pictures, counted before anything is
        allocated: the decoder's (`CausalSpatialDecoder.activation_bytes`) plus the noise and the latent."""
        latents = 2 * num_samples * self.config.latent_dim * self.decoder.project.weight.element_size()
        return self.decoder.activation_bytes(num_samples) + latents

    @torch.no_grad()
    def generate(self, num_samples: int = 1, causal_interventions: Mapping[str, Any] | None = None,
                 generator: torch.Generator | None = None) -> tuple[Tensor, Tensor]:
        """Sample ``num_samples`` pictures under do(``causal_interventions``) → ``(images, z_causal)``.

        ``causal_interventions`` is ``{factor: value in [0, 1]}``; an unknown factor raises
        `UnknownVariableError`, a value outside [0, 1] `InterventionError`, before anything is sampled.
        """
        positive_int("num_samples", num_samples)
        check_memory(self.generation_bytes(num_samples), f"Generating {num_samples} pictures of "
                     f"{self.config.img_size}x{self.config.img_size}", "ask for fewer pictures at a time",
                     device=self.device)
        if causal_interventions:
            intervention_table(self.causal_encoder.scm, causal_interventions, num_samples)  # validate first
        z = torch.randn(num_samples, self.config.latent_dim, generator=generator).to(self.device)
        z_causal = self.encode(z, causal_interventions)
        images = self.decode(z_causal)
        if callable(self.ethical_constitution):
            images, _passed, _violations = self.ethical_constitution(images)
        return images, z_causal

    # ------------------------------------------------------------------ checkpoints
    def save_pretrained(self, directory: str | Path) -> Path:
        """Write ``config.json`` (with the rule set) and ``model.safetensors`` into ``directory``."""
        config = {"model_type": _MODEL_TYPE, "architecture": type(self).__name__, **self.config.to_dict()}
        return write_pretrained(directory, self.state_dict(), config, "vision")

    @classmethod
    def from_pretrained(cls, directory: str | Path, *, causal_rules: CausalRuleSet | Mapping[str, Any] | None = None,
                        device: torch.device | str | None = None,
                        ethical_constitution: Any = None) -> CausalImageGenerator:
        """Load a generator saved by `save_pretrained`.

        ``causal_rules`` replaces the saved rules (e.g. other strengths); its variables must be the saved
        ones, in the same order, since the decoder reads factors by position.

        Raises:
            CheckpointError: missing or unreadable files, weights that do not fit the config, or
                ``causal_rules`` over other variables than the checkpoint's.
        """
        directory = Path(directory)
        raw = read_config(directory, "saved image generator")
        if raw.get("model_type") != _MODEL_TYPE:
            raise CheckpointError(f"{directory / CONFIG_FILE} is not a CausalTorch image generator config.")
        settings = {k: v for k, v in raw.items() if k not in ("model_type", "architecture")}
        try:
            config = CausalImageGeneratorConfig.from_dict(settings)
        except (DataError, RuleValidationError, TypeError) as exc:
            raise CheckpointError(f"{directory / CONFIG_FILE} is not a valid generator config: {exc}") from None
        if causal_rules is not None:
            given = as_ruleset(causal_rules)
            saved = as_ruleset(config.causal_rules).variables
            if given.variables != saved:
                raise CheckpointError(
                    f"The rules given have the variables {given.variables}, but the model in {directory} was "
                    f"trained on {saved} (in that order); a generator reads its factors by position, so use "
                    "rules over the same variables or the model's own rules."
                )
            config.causal_rules = given.to_dict()
        # with new rules the latent keeps the rule set's own strengths and leaks, not the saved ones
        model = load_pretrained(directory, lambda _: cls(config), 1, "vision", rename=_LEGACY.rename,
                                skip=("causal_encoder.",) if causal_rules else (),
                                hint="save them together (or, with other rules, use rules over the same variables)")
        model.to(device)
        model.ethical_constitution = ethical_constitution
        return model


class CausalCNN(CausalImageGenerator):
    """The spec's convolutional generator: `CausalImageGenerator` with ``image_size`` as the size argument.

    ``CausalCNN(latent_dim=128, image_size=64, causal_rules=None, sparsity=0.0, ethical_constitution=None)``;
    ``causal_rules=None`` uses the bundled ``vision`` rules (logged at INFO).
    """

    def __init__(self, latent_dim: int | CausalImageGeneratorConfig = 128, image_size: int = 64,
                 causal_rules: CausalRuleSet | Mapping[str, Any] | None = None, sparsity: float = 0.0,
                 ethical_constitution: Any = None, **config_fields: Any):
        if isinstance(latent_dim, CausalImageGeneratorConfig):
            super().__init__(latent_dim, ethical_constitution=ethical_constitution)
        else:
            super().__init__(latent_dim, image_size, causal_rules, sparsity, ethical_constitution, **config_fields)


def _unnormalised(module: nn.Module) -> nn.Module:
    return module


class CausalDiscriminator(nn.Module):
    """Real/fake score and, per rule, the (cause, effect) intensities read off a picture.

    ``forward(images [B, 3, S, S]) -> (realfake [B, 1], {"cause->effect": [B, 2]})``; `factors` averages
    every head that reads a variable into ``[B, d]`` (``variables`` order), the factor regressor the
    GAN's consistency loss uses. Spectral normalisation keeps the critic Lipschitz.
    """

    def __init__(self, img_size: int = 64, causal_rules: CausalRuleSet | Mapping[str, Any] | None = None,
                 channels: int = 32, in_channels: int = 3):
        for name, value in (("img_size", img_size), ("channels", channels), ("in_channels", in_channels)):
            positive_int(name, value)
        if img_size < 8 or img_size & (img_size - 1):
            raise DataError(f"img_size must be a power of two >= 8, got {img_size}.")
        check_model_fits(lambda _: CausalDiscriminator(img_size, causal_rules, channels, in_channels), 1,
                         f"A discriminator with img_size={img_size} and channels={channels}", "choose smaller sizes")
        super().__init__()
        self.img_size, self.in_channels = img_size, in_channels
        self.ruleset = as_ruleset(causal_rules)
        self.variables = self.ruleset.variables
        sn: Any = nn.utils.parametrizations.spectral_norm
        if torch.get_default_device().type == "meta":  # a size check; the power iteration means nothing there
            sn = _unnormalised
        layers: list[nn.Module] = []
        width, size = in_channels, img_size
        out = channels
        while size > 4:
            layers += [sn(nn.Conv2d(width, out, kernel_size=4, stride=2, padding=1)), nn.LeakyReLU(0.2)]
            width, out, size = out, min(out * 2, channels * 8), size // 2
        self.backbone = nn.Sequential(*layers, nn.Flatten())  # (B, 3, S, S) -> (B, width * 16)
        features = width * 16
        self.realfake = sn(nn.Linear(features, 1))
        self.causal_heads = nn.ModuleDict({
            f"{rule.cause}->{rule.effect}": nn.Linear(features, 2) for rule in self.ruleset
        })
        # A variable that no rule mentions (declared alone) gets its own head.
        alone = [v for v in self.variables if not self.ruleset.parents(v) and not self.ruleset.children(v)]
        self.factor_heads = nn.ModuleDict({v: nn.Linear(features, 1) for v in alone})
        reads = torch.zeros(len(self.variables), len(self.causal_heads) * 2)
        for k, rule in enumerate(self.ruleset):
            reads[self.ruleset.index(rule.cause), 2 * k] = 1.0
            reads[self.ruleset.index(rule.effect), 2 * k + 1] = 1.0
        self.register_buffer("_reads", reads, persistent=False)

    def _check(self, images: Tensor) -> None:
        if images.dim() != 4 or images.shape[1] != self.in_channels or images.shape[2:] != (self.img_size,) * 2:
            raise DataError(
                f"images must have shape [batch, {self.in_channels}, {self.img_size}, {self.img_size}], "
                f"got {tuple(images.shape)}."
            )

    def forward(self, images: Tensor) -> tuple[Tensor, dict[str, Tensor]]:
        self._check(images)
        features = self.backbone(images)
        heads = {name: torch.sigmoid(head(features)) for name, head in self.causal_heads.items()}
        heads.update({name: torch.sigmoid(head(features)) for name, head in self.factor_heads.items()})
        return self.realfake(features), heads

    def factors(self, heads: dict[str, Tensor]) -> Tensor:
        """Per-variable intensities ``[B, d]``: the mean of every head that reads the variable."""
        rule_heads = [heads[name] for name in self.causal_heads]
        batch = next(iter(heads.values())).shape[0]
        columns = torch.cat(rule_heads, dim=1) if rule_heads else torch.zeros(batch, 0, device=self._reads.device)
        out = columns @ self._reads.T / self._reads.sum(1).clamp_min(1)  # (B, 2R) @ (2R, d) -> (B, d)
        for name in self.factor_heads:
            out[:, self.variables.index(name)] = heads[name][:, 0]
        return out
