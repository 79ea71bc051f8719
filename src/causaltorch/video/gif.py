"""Clips to pictures a person can watch: animated GIFs and PNG frame grids (Pillow, imported lazily).

Frames are ``[T, C, H, W]`` with intensities in [0, 1]. Each GIF frame is scaled up by an integer
factor (nearest neighbour, so pixels stay sharp) and gets a caption bar: the frame number, a progress
tick and the text given for that frame (the active events, say). The bar also keeps consecutive frames
distinct, so no GIF writer merges two identical frames and the frame count stays ``T``.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import torch
from torch import Tensor

from causaltorch._checkpoint import check_memory
from causaltorch._files import atomic_path
from causaltorch._validate import integer, number, positive_int
from causaltorch.errors import DataError, OutputError, require

__all__ = ["gif_bytes", "read_gif", "write_frame_grid", "write_gif"]

_BAR = 12  # caption bar height in pixels


def _check_clip(frames: Tensor) -> Tensor:
    if not isinstance(frames, Tensor) or frames.dim() != 4 or frames.shape[1] not in (1, 3) or frames.shape[0] < 1:
        raise DataError(f"A clip must be frames [T, C, H, W] with C = 1 or 3, got {getattr(frames, 'shape', frames)}.")
    if not bool(torch.isfinite(frames).all()):
        raise DataError("The clip contains NaN or inf; frames must be intensities in [0, 1].")
    frames = frames.detach().float().cpu().clamp(0.0, 1.0)
    return frames.expand(-1, 3, -1, -1) if frames.shape[1] == 1 else frames


def _check_scale(scale: int) -> None:
    integer("scale", scale, 1, 32)


def _to_uint8(frames: Tensor, scale: int) -> Tensor:
    """``[T, 3, H, W]`` in [0, 1] → ``[T, H·scale, W·scale, 3]`` uint8."""
    pixels = (frames * 255).round().to(torch.uint8)
    pixels = pixels.repeat_interleave(scale, dim=-2).repeat_interleave(scale, dim=-1)
    return pixels.permute(0, 2, 3, 1).contiguous()


def gif_bytes(count: int, height: int, width: int | None = None, scale: int = 4) -> int:
    """About how many bytes `write_gif` needs for ``count`` frames ``height × width`` (square by default):
    the enlarged RGB frames (and their copy while enlarging) and one palette picture per frame with its
    caption bar, all held until the file is written."""
    width = height if width is None else width
    pixels = height * scale * width * scale
    return count * (2 * 3 * pixels + pixels + _BAR * width * scale)


def write_gif(frames: Tensor, path: str | Path, fps: float = 8.0, scale: int = 4,
              captions: Sequence[str] | None = None, loop: bool = True) -> Path:
    """Write a clip ``[T, C, H, W]`` as an animated GIF at ``fps`` frames per second.

    Args:
        scale: integer upscaling (pixels stay square and sharp).
        captions: one text per frame, shown under it after the frame number.
        loop: play forever (else once).

    Raises:
        OutputError: the path does not end in ``.gif``. DataError: bad frames, fps, scale or captions, or a
            GIF that does not fit in memory (see `gif_bytes`).
    """
    path = Path(path)
    if path.suffix.lower() != ".gif":
        raise OutputError(f"{path} must end in .gif; write_gif writes animated GIFs.")
    _check_scale(scale)
    if isinstance(frames, Tensor) and frames.dim() == 4:
        check_memory(gif_bytes(frames.shape[0], frames.shape[2], frames.shape[3], scale),
                     f"A GIF of {frames.shape[0]} frames enlarged {scale} times", "write fewer frames or a smaller "
                     "scale")
    frames = _check_clip(frames)
    number("fps", fps, 0.0, 100.0, low_open=True)
    count = frames.shape[0]
    if captions is not None and len(captions) != count:
        raise DataError(f"Give one caption per frame: {count} frames, {len(captions)} captions.")
    image_module = require("PIL.Image", "video", "writing GIFs")
    draw_module = require("PIL.ImageDraw", "video", "writing GIFs")
    pixels = _to_uint8(frames, scale).numpy()
    height, width = pixels.shape[1:3]
    images = []
    for t in range(count):
        canvas = image_module.new("RGB", (width, height + _BAR), (20, 20, 20))
        canvas.paste(image_module.fromarray(pixels[t]), (0, 0))
        draw = draw_module.Draw(canvas)
        tick = round((t + 1) / count * width)
        draw.rectangle([0, height + _BAR - 2, tick - 1, height + _BAR - 1], fill=(240, 200, 60))
        text = f"{t:>2}" + (f" {captions[t]}" if captions is not None and captions[t] else "")
        draw.text((2, height), text, fill=(235, 235, 235))
        images.append(canvas.quantize(colors=256, method=image_module.Quantize.MEDIANCUT,
                                      dither=image_module.Dither.NONE))
    duration = round(1000 / fps)
    with atomic_path(path) as temporary:
        images[0].save(temporary, format="GIF", save_all=True, append_images=images[1:], duration=duration,
                       loop=0 if loop else None, optimize=False, disposal=1)
    return path


def read_gif(path: str | Path, scale: int = 1, caption_bar: bool = True) -> Tensor:
    """Read a GIF back as frames ``[T, 3, H, W]`` in [0, 1], undoing ``scale`` and dropping the caption bar
    that `write_gif` adds (``caption_bar=False`` for other GIFs)."""
    image_module = require("PIL.Image", "video", "reading GIFs")
    _check_scale(scale)
    path = Path(path)
    if not path.is_file():
        raise DataError(f"{path} is not a file.")
    try:
        image = image_module.open(path)
    except (OSError, image_module.UnidentifiedImageError, image_module.DecompressionBombError) as exc:
        raise DataError(f"{path} is not a readable GIF: {exc}") from None
    frames = []
    for index in range(getattr(image, "n_frames", 1)):
        image.seek(index)
        rgb = torch.frombuffer(bytearray(image.convert("RGB").tobytes()), dtype=torch.uint8)
        frames.append(rgb.reshape(image.height, image.width, 3))
    clip = torch.stack(frames).permute(0, 3, 1, 2).float() / 255  # (T, 3, H, W)
    if caption_bar:
        clip = clip[..., : clip.shape[-2] - _BAR, :]
    return clip[..., ::scale, ::scale]


def write_frame_grid(frames: Tensor, path: str | Path, scale: int = 2, columns: int = 12, gap: int = 1) -> Path:
    """Write frames ``[T, C, H, W]`` (or several clips ``[N, T, C, H, W]``, one per row group) as a PNG grid."""
    path = Path(path)
    if path.suffix.lower() != ".png":
        raise OutputError(f"{path} must end in .png.")
    _check_scale(scale)
    positive_int("columns", columns)
    clips = frames if isinstance(frames, Tensor) and frames.dim() == 5 else frames[None] if isinstance(
        frames, Tensor) else frames
    clips = [_check_clip(clip) for clip in clips]
    image_module = require("PIL.Image", "video", "writing PNG grids")
    h, w = clips[0].shape[-2] * scale, clips[0].shape[-1] * scale
    rows_per_clip = [-(-clip.shape[0] // columns) for clip in clips]
    width = columns * (w + gap) + gap
    height = sum(rows_per_clip) * (h + gap) + gap * (len(clips) + 1)
    check_memory(2 * 3 * width * height + 2 * 3 * h * w * max(clip.shape[0] for clip in clips),
                 f"A grid of {sum(clip.shape[0] for clip in clips)} frames ({width} x {height} pixels)",
                 "write fewer frames or a smaller scale")
    canvas = image_module.new("RGB", (width, height), (255, 255, 255))
    top = gap
    for clip, rows in zip(clips, rows_per_clip):
        pixels = _to_uint8(clip, scale).numpy()
        for t in range(clip.shape[0]):
            row, col = divmod(t, columns)
            canvas.paste(image_module.fromarray(pixels[t]), (gap + col * (w + gap), top + row * (h + gap)))
        top += rows * (h + gap) + gap
    with atomic_path(path) as temporary:
        canvas.save(temporary, format="PNG")
    return path
