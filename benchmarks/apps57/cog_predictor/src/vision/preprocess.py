"""Image helpers."""
from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageOps

MAX_SIDE = 1536


def load_image(path: str | Path) -> Image.Image:
    img = Image.open(path)
    img = ImageOps.exif_transpose(img)
    if img.mode != "RGB":
        img = img.convert("RGB")
    return img


def downscale(img: Image.Image, max_side: int = MAX_SIDE) -> Image.Image:
    w, h = img.size
    if max(w, h) <= max_side:
        return img
    scale = max_side / float(max(w, h))
    return img.resize((int(w * scale), int(h * scale)), Image.Resampling.LANCZOS)


def is_low_res(img: Image.Image, min_side: int = 384) -> bool:
    return min(img.size) < min_side


def likely_has_text(img: Image.Image) -> bool:
    """Cheap heuristic: lots of high-contrast edges in grayscale."""
    gray = img.convert("L").resize((128, 128))
    px = list(gray.getdata())
    jumps = sum(1 for a, b in zip(px, px[1:]) if abs(a - b) > 80)
    return jumps > 900
