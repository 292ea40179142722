"""Reader for TIFFs with a sidecar ``.captions.json`` written by this plugin."""
from __future__ import annotations

import json
from pathlib import Path

import tifffile


def napari_get_reader(path):
    if isinstance(path, list):
        path = path[0]
    if not str(path).lower().endswith((".tif", ".tiff")):
        return None
    return reader_function


def _sidecar(path: Path) -> dict:
    side = path.with_suffix(".captions.json")
    if side.exists():
        try:
            return json.loads(side.read_text())
        except ValueError:
            return {}
    return {}


def reader_function(path):
    paths = [path] if isinstance(path, (str, Path)) else path
    layers = []
    for p in map(Path, paths):
        with tifffile.TiffFile(p) as tif:
            data = tif.asarray()
            axes = tif.series[0].axes
        meta = _sidecar(p)
        add_kwargs = {
            "name": p.stem,
            "metadata": {"caption": meta.get("caption", ""), "axes": axes},
        }
        if "C" in axes and data.ndim >= 3:
            add_kwargs["channel_axis"] = axes.index("C")
        layers.append((data, add_kwargs, "image"))
    return layers
