"""Helpers to turn napari layer data into something a vision model accepts."""
from __future__ import annotations

import base64
import io

import numpy as np


def normalize_to_uint8(data: np.ndarray, p_low: float = 1.0, p_high: float = 99.8) -> np.ndarray:
    data = np.asarray(data, dtype=np.float32)
    lo, hi = np.percentile(data, [p_low, p_high])
    if hi <= lo:
        hi = lo + 1.0
    out = np.clip((data - lo) / (hi - lo), 0, 1)
    return (out * 255).astype(np.uint8)


def current_plane(layer, viewer=None) -> np.ndarray:
    """Return the 2D (or 2D RGB) plane currently displayed for ``layer``."""
    data = layer.data
    if hasattr(data, "compute"):
        data = data  # dask, sliced lazily below
    if getattr(layer, "multiscale", False):
        data = data[-1]
    if viewer is not None and data.ndim > (3 if layer.rgb else 2):
        step = viewer.dims.current_step
        lead = data.ndim - (3 if layer.rgb else 2)
        idx = tuple(step[:lead])
        data = data[idx]
    elif data.ndim > (3 if getattr(layer, "rgb", False) else 2):
        data = data[(data.shape[0] // 2,)]
    return np.asarray(data)


def downscale(img: np.ndarray, max_side: int) -> np.ndarray:
    h, w = img.shape[:2]
    factor = max(1, int(np.ceil(max(h, w) / max_side)))
    return img[::factor, ::factor]


def to_png_bytes(img: np.ndarray, max_side: int = 1024) -> bytes:
    import imageio.v3 as iio

    img = downscale(img, max_side)
    if img.dtype != np.uint8:
        img = normalize_to_uint8(img)
    buf = io.BytesIO()
    iio.imwrite(buf, img, extension=".png")
    return buf.getvalue()


def to_base64_png(img: np.ndarray, max_side: int = 1024) -> str:
    return base64.b64encode(to_png_bytes(img, max_side)).decode("ascii")


def data_url(img: np.ndarray, max_side: int = 1024) -> str:
    return "data:image/png;base64," + to_base64_png(img, max_side)


def layer_summary(layer) -> dict:
    """Cheap numeric summary used in prompts (no pixels)."""
    summary = {
        "name": layer.name,
        "type": type(layer).__name__,
        "shape": list(getattr(layer.data, "shape", ())),
        "scale": list(map(float, layer.scale)),
    }
    if type(layer).__name__ == "Image":
        plane = np.asarray(current_plane(layer))
        summary.update(
            dtype=str(plane.dtype),
            min=float(plane.min()),
            max=float(plane.max()),
            mean=float(plane.mean()),
            std=float(plane.std()),
            contrast_limits=list(map(float, layer.contrast_limits)),
        )
    elif type(layer).__name__ == "Labels":
        labels = np.asarray(layer.data)
        ids, counts = np.unique(labels[labels > 0], return_counts=True)
        summary.update(n_objects=int(len(ids)), median_area=float(np.median(counts)) if len(counts) else 0.0)
    elif type(layer).__name__ == "Points":
        summary.update(n_points=int(len(layer.data)))
    return summary
