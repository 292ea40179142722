"""Synthetic nuclei sample so the widgets can be tried offline."""
from __future__ import annotations

import numpy as np


def make_sample_data(seed: int = 0):
    rng = np.random.default_rng(seed)
    img = np.zeros((256, 256), dtype=np.float32)
    yy, xx = np.mgrid[:256, :256]
    for _ in range(40):
        cy, cx = rng.uniform(10, 246, size=2)
        r = rng.uniform(5, 11)
        img += np.exp(-((yy - cy) ** 2 + (xx - cx) ** 2) / (2 * r**2)) * rng.uniform(0.6, 1.0)
    img += rng.normal(0, 0.05, img.shape)
    img = np.clip(img, 0, None)
    return [(img, {"name": "nuclei (synthetic)", "colormap": "magenta"}, "image")]
