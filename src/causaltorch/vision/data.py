"""CausalScenes: outdoor pictures rendered from an SCM over named factors, each with its factor vector.

Factors come from the bundled ``vision`` rule file (clouds → rain → wet_ground → puddles, clouds ⊣ sun,
night ⊣ sun, sun → shadows) through the same latent semantics as the generators
(`causaltorch.vision.latent`), so ``do()`` test sets are rendered under exactly the intervention a model
is asked for. Each picture also has nuisance randomness (where clouds, sun, tree and puddles are; the
phase of the rain) that no factor controls.

- `CausalScenes`: map-style, ``n`` fixed scenes, deterministic by ``seed``; item ``i`` is
  ``(image [3, S, S] in [-1, 1], factors [d] in [0, 1])``.
- `CausalScenesStream`: an endless `IterableDataset` of fresh scenes (per-worker seeds), optionally with
  random per-sample interventions (``intervention_prob``).
- `render_scenes`: factors + nuisance → images, batched (no Python loop over pictures).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import torch
from torch import Tensor
from torch.utils.data import Dataset, IterableDataset, get_worker_info

from causaltorch._checkpoint import check_memory
from causaltorch._validate import fraction, positive_int
from causaltorch.errors import DataError, OutputError, RuleValidationError, require
from causaltorch.rules import CausalRuleSet, as_ruleset
from causaltorch.vision.latent import intensity_scm, intervention_table, propagate_from_uniform

__all__ = [
    "SCENE_FACTORS", "SCENE_CLASSES", "CausalScenes", "CausalScenesStream", "render_scenes", "sample_scenes",
    "scene_classes", "image_grid_bytes", "save_image_grid", "vision_rules",
]

SCENE_FACTORS = ("clouds", "night", "rain", "wet_ground", "puddles", "sun", "shadows")
SCENE_CLASSES = ("sunny", "overcast", "rainy", "night")
_NUISANCE = 12  # cloud centres (3 x 2), sun (2), tree x, puddle centres (2), rain phase
_PAD = 2  # pixels between the pictures of a grid
_RENDER_COPIES = 6  # pictures-sized tensors `render_scenes` holds at once (canvas, blend, masks, noise)


def vision_rules() -> CausalRuleSet:
    """The bundled ``vision`` rule set (a fresh copy)."""
    return CausalRuleSet.load("vision")


def _check_size(image_size: Any) -> int:
    if image_size not in (32, 64):
        raise DataError(
            f"CausalScenes renders 32x32 or 64x64 pictures; image_size must be 32 or 64, got {image_size!r}.")
    return int(image_size)


def _check_rules(rules: CausalRuleSet) -> None:
    missing = [name for name in SCENE_FACTORS if name not in rules.variables]
    if missing:
        raise RuleValidationError(
            f"CausalScenes draws the factors {', '.join(SCENE_FACTORS)}; the rules lack {', '.join(missing)}. "
            "Use the bundled 'vision' rules or a rule set over the same variables."
        )


def render_scenes(factors: Tensor, nuisance: Tensor, image_size: int = 32, variables=SCENE_FACTORS,
                  pixel_noise: Tensor | None = None) -> Tensor:
    """Render pictures ``[n, 3, S, S]`` in [-1, 1] from ``factors [n, d]`` (columns named by ``variables``).

    ``nuisance [n, 12]`` holds uniforms for the layout; ``pixel_noise [n, 3, S, S]`` (optional) is added
    with standard deviation 0.02 so that no two pictures are identical.
    """
    size = _check_size(image_size)
    index = {name: i for i, name in enumerate(variables)}
    f = {name: factors[:, index[name]].clamp(0, 1)[:, None, None] for name in SCENE_FACTORS}  # each (n, 1, 1)
    n = factors.shape[0]
    grid = (torch.arange(size, dtype=factors.dtype, device=factors.device) + 0.5) / size
    y, x = grid[None, :, None], grid[None, None, :]  # (1, S, 1), (1, 1, S)
    u = nuisance

    def colour(r: float, g: float, b: float) -> Tensor:
        return torch.tensor([r, g, b], dtype=factors.dtype, device=factors.device)[None, :, None, None]

    def blend(canvas: Tensor, paint: Tensor, alpha: Tensor) -> Tensor:  # alpha (n, S, S)
        return canvas + (paint - canvas) * alpha[:, None]

    def soft_disc(cx: Tensor, cy: Tensor, rx: Tensor | float, ry: Tensor | float) -> Tensor:
        distance = ((x - cx[:, None, None]) / rx) ** 2 + ((y - cy[:, None, None]) / ry) ** 2
        return torch.sigmoid((1.0 - distance) * 6.0)

    sky = (y < 0.6).to(factors.dtype).expand(n, size, size)
    ground = 1.0 - sky
    canvas = colour(0.55, 0.75, 0.98).expand(n, 3, size, size)
    canvas = blend(canvas, colour(0.62, 0.64, 0.68), (0.6 * f["clouds"]).expand(n, size, size) * sky)
    canvas = blend(canvas, colour(0.45, 0.62, 0.30), ground)
    # sun (top right)
    sun = soft_disc(0.68 + 0.2 * u[:, 6], 0.12 + 0.12 * u[:, 7], 0.11, 0.11) * sky
    canvas = blend(canvas, colour(1.0, 0.9, 0.25), sun * f["sun"])
    # clouds: three blobs whose size and opacity grow with cloud cover
    radius = 0.06 + 0.12 * f["clouds"]
    clouds = torch.zeros(n, size, size, dtype=factors.dtype, device=factors.device)
    for k in range(3):
        blob = soft_disc(0.1 + 0.8 * u[:, 2 * k], 0.1 + 0.3 * u[:, 2 * k + 1], 1.6 * radius, radius)
        clouds = torch.maximum(clouds, blob)
    canvas = blend(canvas, colour(0.88, 0.89, 0.92), clouds * f["clouds"] * sky)
    # wet ground: darker, slightly blue
    canvas = blend(canvas, colour(0.18, 0.24, 0.26), ground * 0.85 * f["wet_ground"])
    # puddles reflect the sky
    puddles = torch.maximum(soft_disc(0.1 + 0.35 * u[:, 9], torch.full_like(u[:, 9], 0.86), 0.14, 0.05),
                            soft_disc(0.55 + 0.35 * u[:, 10], torch.full_like(u[:, 10], 0.74), 0.14, 0.05))
    canvas = blend(canvas, colour(0.6, 0.78, 0.95), puddles * ground * f["puddles"])
    # tree (trunk and crown) and the shadow it casts to the left, away from the sun
    tree_x = (0.45 + 0.3 * u[:, 8])[:, None, None]
    shadow = ((x > tree_x - 0.38) & (x < tree_x) & (y > 0.66) & (y < 0.74)).to(factors.dtype)
    canvas = blend(canvas, colour(0.05, 0.07, 0.05), shadow * 0.75 * f["shadows"])
    trunk = ((x - tree_x).abs() < 0.035) & (y > 0.45) & (y < 0.72)
    canvas = blend(canvas, colour(0.35, 0.22, 0.1), trunk.to(factors.dtype))
    crown = soft_disc(tree_x[:, 0, 0], torch.full_like(u[:, 8], 0.42), 0.1, 0.08)
    canvas = blend(canvas, colour(0.15, 0.42, 0.15), crown)
    # rain: thin diagonal streaks over everything
    period = 5.0 / size * (size / 32) ** 0.5
    phase = u[:, 11][:, None, None]
    stripes = torch.remainder(x + 0.5 * y + phase * period, period) < (1.0 / size)
    dashes = torch.remainder(y * 3.0 + x + phase, 0.34) < 0.22
    canvas = blend(canvas, colour(0.8, 0.84, 0.95), (stripes & dashes).to(factors.dtype) * 0.9 * f["rain"])
    # night darkens everything and tints it blue
    canvas = canvas * (1.0 - 0.65 * f["night"][:, None]) + colour(0.0, 0.0, 0.08) * f["night"][:, None]
    if pixel_noise is not None:
        canvas = canvas + 0.02 * pixel_noise
    return (canvas.clamp(0, 1) * 2.0 - 1.0).contiguous()


def sample_scenes(n: int, rules: CausalRuleSet, generator: torch.Generator,
                  interventions: Mapping[str, Any] | None = None,
                  intervention_prob: float = 0.0) -> tuple[Tensor, Tensor, Tensor]:
    """Draw ``(factors [n, d], nuisance [n, 12], pixel_noise [n, 3, 1, 1] seed)`` from ``generator``.

    ``interventions`` apply do() to every sample; ``intervention_prob`` additionally intervenes, per
    sample and with that probability, on one factor chosen at random, set to a uniform value.
    """
    scm = intensity_scm(rules)
    d = len(scm.variables)
    values, mask = intervention_table(scm, interventions, n)
    uniform = torch.rand(n, d, generator=generator)
    nuisance = torch.rand(n, _NUISANCE, generator=generator)
    if intervention_prob > 0:
        chosen = torch.randint(0, d, (n,), generator=generator)
        active = torch.rand(n, generator=generator) < intervention_prob
        random_values = torch.rand(n, generator=generator)
        extra = torch.nn.functional.one_hot(chosen, d).bool() & active[:, None] & ~mask
        values = torch.where(extra, random_values[:, None].expand(n, d), values)
        mask = mask | extra
    with torch.no_grad():
        factors = propagate_from_uniform(scm, uniform, values, mask)
    return factors, nuisance, mask


def scene_classes(factors: Tensor, variables=SCENE_FACTORS) -> Tensor:
    """A weather label per scene ``[n]`` (index into `SCENE_CLASSES`), read from the factors.

    rainy if rain > 0.5, else night if night > 0.5, else sunny if sun > 0.5, else overcast.
    """
    index = {name: i for i, name in enumerate(variables)}
    rain, night, sun = (factors[:, index[v]] for v in ("rain", "night", "sun"))
    label = torch.full_like(rain, SCENE_CLASSES.index("overcast"), dtype=torch.long)
    label = torch.where(sun > 0.5, SCENE_CLASSES.index("sunny"), label)
    label = torch.where(night > 0.5, SCENE_CLASSES.index("night"), label)
    return torch.where(rain > 0.5, SCENE_CLASSES.index("rainy"), label)


class CausalScenes(Dataset):
    """``n`` rendered scenes, deterministic by ``seed``: item ``i`` is ``(image [3, S, S], factors [d])``.

    Args:
        n: number of scenes.
        image_size: 32 or 64.
        seed: the same seed gives the same scenes, in any order of access.
        interventions: ``{factor: value}`` do() applied to every scene (an interventional test set).
        intervention_prob: per-scene probability of a random do() on one factor (see `sample_scenes`).
        rules: the factor graph (default: the bundled ``vision`` rules; must have the scene factors).

    ``factors`` (``[n, d]``, ``variables`` order) and ``classes`` (`scene_classes`) are attributes;
    `images` renders a slice in one batch.
    """

    def __init__(self, n: int = 1000, image_size: int = 32, seed: int = 0,
                 interventions: Mapping[str, Any] | None = None, intervention_prob: float = 0.0,
                 rules: CausalRuleSet | Mapping[str, Any] | str | None = None):
        positive_int("n", n, what="a positive integer (CausalScenes' number of scenes)")
        fraction("intervention_prob", intervention_prob)
        self.image_size = _check_size(image_size)
        self.rules = _load(rules)
        _check_rules(self.rules)
        self.variables = self.rules.variables
        # the factors, the nuisance, the intervention table and the SCM's intermediate columns, per scene
        check_memory(n * (4 * len(self.variables) + _NUISANCE) * 8, f"{n} scenes", "ask for fewer scenes")
        self.seed = seed
        generator = torch.Generator().manual_seed(seed)
        self.factors, self._nuisance, self.intervened = sample_scenes(
            n, self.rules, generator, interventions, intervention_prob)
        self._noise_seed = int(torch.randint(0, 2**31 - 1, (1,), generator=generator))
        self.classes = scene_classes(self.factors, self.variables)

    def __len__(self) -> int:
        return self.factors.shape[0]

    def images(self, start: int = 0, stop: int | None = None) -> Tensor:
        """Scenes ``start … stop-1`` rendered in one batch → ``[k, 3, S, S]``."""
        stop = len(self) if stop is None else stop
        rows = torch.arange(start, stop)
        check_memory(len(rows) * _RENDER_COPIES * 3 * self.image_size**2 * 4, f"Rendering {len(rows)} scenes at once",
                     "render fewer at a time (images(start, stop))")
        return self._render(rows)

    def _render(self, rows: Tensor) -> Tensor:
        size = self.image_size
        noise = torch.stack([
            torch.randn(3, size, size, generator=torch.Generator().manual_seed(self._noise_seed + int(i)))
            for i in rows
        ]) if len(rows) else torch.zeros(0, 3, size, size)
        return render_scenes(self.factors[rows], self._nuisance[rows], size, self.variables, noise)

    def __getitem__(self, index: int) -> tuple[Tensor, Tensor]:
        if not -len(self) <= index < len(self):
            raise IndexError(f"CausalScenes index {index} out of range for {len(self)} scenes.")
        index = index % len(self)
        return self._render(torch.tensor([index]))[0], self.factors[index]


class CausalScenesStream(IterableDataset):
    """An endless stream of fresh scenes ``(image [3, S, S], factors [d])``, rendered in chunks.

    Each DataLoader worker draws from its own seed (``seed + worker id``), so workers never repeat one
    another. ``intervention_prob`` mixes in scenes under a random do() on one factor.
    """

    def __init__(self, image_size: int = 32, seed: int = 0, intervention_prob: float = 0.0,
                 rules: CausalRuleSet | Mapping[str, Any] | str | None = None, chunk: int = 256):
        fraction("intervention_prob", intervention_prob)
        positive_int("chunk", chunk)
        self.image_size = _check_size(image_size)
        self.rules = _load(rules)
        _check_rules(self.rules)
        self.variables = self.rules.variables
        self.seed, self.intervention_prob, self.chunk = seed, intervention_prob, chunk

    def __iter__(self) -> Iterator[tuple[Tensor, Tensor]]:
        info = get_worker_info()
        generator = torch.Generator().manual_seed(self.seed * 1009 + (info.id if info else 0))
        while True:
            factors, nuisance, _ = sample_scenes(self.chunk, self.rules, generator, None, self.intervention_prob)
            noise = torch.randn(self.chunk, 3, self.image_size, self.image_size, generator=generator)
            images = render_scenes(factors, nuisance, self.image_size, self.variables, noise)
            yield from zip(images, factors)


def _load(rules: CausalRuleSet | Mapping[str, Any] | str | None) -> CausalRuleSet:
    if rules is None:
        return vision_rules()
    if isinstance(rules, (str, Path)):
        return CausalRuleSet.load(rules)
    return as_ruleset(rules)


def _grid_layout(n: int, h: int, w: int, nrow: int, scale: int, row_labels: list[str] | None
                 ) -> tuple[int, int, int, int]:
    """``(rows, label margin, sheet width, sheet height)`` of a grid of ``n`` pictures ``h × w``, ``nrow`` a row."""
    rows = (n + nrow - 1) // nrow
    margin = 8 + 7 * max((len(label) for label in row_labels), default=0) if row_labels else 0
    return rows, margin, margin + nrow * (w * scale + _PAD) + _PAD, rows * (h * scale + _PAD) + _PAD


def image_grid_bytes(n: int, height: int, width: int | None = None, nrow: int = 8, scale: int = 2,
                     row_labels: list[str] | None = None) -> int:
    """About how many bytes `save_image_grid` needs for ``n`` pictures ``height × width`` (square by default):
    the pictures as bytes, the RGB sheet, and PNG encoding's copy of it."""
    width = height if width is None else width
    _, _, sheet_width, sheet_height = _grid_layout(n, height, width, nrow, scale, row_labels)
    return 3 * n * height * width + 2 * 3 * sheet_width * sheet_height


def save_image_grid(images: Tensor, path: str | Path, nrow: int = 8, scale: int = 2,
                    row_labels: list[str] | None = None) -> Path:
    """Write ``images [n, 3, H, W]`` in [-1, 1] as one PNG grid (pixels enlarged ``scale`` times).

    ``row_labels`` (one per row) are drawn in a margin on the left. Raises `OutputError` for a path that
    is not ``.png``, and `DataError` for a grid that does not fit in memory (see `image_grid_bytes`).
    """
    from causaltorch._files import atomic_path

    image_module = require("PIL.Image", "vision", "writing picture grids")
    draw_module = require("PIL.ImageDraw", "vision", "writing picture grids")

    path = Path(path)
    if path.suffix.lower() != ".png":
        raise OutputError(f"Image grids are written as PNG; give a path ending in .png, got {path}.")
    if images.dim() != 4 or images.shape[1] != 3:
        raise DataError(f"images must have shape [n, 3, H, W], got {tuple(images.shape)}.")
    positive_int("nrow", nrow)
    positive_int("scale", scale)
    n, _, h, w = images.shape
    rows, margin, sheet_width, sheet_height = _grid_layout(n, h, w, nrow, scale, row_labels)
    check_memory(image_grid_bytes(n, h, w, nrow, scale, row_labels),
                 f"A grid of {n} pictures enlarged {scale} times ({sheet_width} x {sheet_height} pixels)",
                 "write fewer pictures or use a smaller scale")
    pad = _PAD
    pixels = ((images.detach().float().cpu().clamp(-1, 1) + 1) * 127.5).round().to(torch.uint8)
    sheet = image_module.new("RGB", (sheet_width, sheet_height), "white")
    for i in range(n):
        tile = image_module.fromarray(pixels[i].permute(1, 2, 0).numpy()).resize((w * scale, h * scale),
                                                                                image_module.NEAREST)
        r, c = divmod(i, nrow)
        sheet.paste(tile, (margin + pad + c * (w * scale + pad), pad + r * (h * scale + pad)))
    if row_labels:
        draw = draw_module.Draw(sheet)
        for r, label in enumerate(row_labels[:rows]):
            draw.text((4, pad + r * (h * scale + pad) + h * scale // 2 - 5), label, fill="black")
    with atomic_path(path) as temporary:
        sheet.save(temporary, format="PNG", optimize=True)
    return path
