#!/usr/bin/env python
"""Render a PNG gallery of example plots with Gemini-written alt text."""
from __future__ import annotations

import sys
from pathlib import Path

from google import genai
from google.genai import types

from assistant.data.loaders import load_path
from assistant.data.plots import PlotSpec, figure_png, figures


def main(path: str, out_dir: str = "gallery"):
    ds = load_path(path)
    client = genai.Client()
    Path(out_dir).mkdir(exist_ok=True)
    numeric = list(ds.frame.select_dtypes("number").columns)
    for kind in ("scatter", "histogram", "box"):
        spec = PlotSpec(kind=kind, x=numeric[0], y=numeric[1] if len(numeric) > 1 else None, title=ds.name)
        png = figure_png(figures.create(ds, spec))
        (Path(out_dir) / f"{kind}.png").write_bytes(png)
        alt = client.models.generate_content(
            model="gemini-2.0-flash",
            contents=[types.Part.from_bytes(data=png, mime_type="image/png"), "Write concise alt text."],
        )
        (Path(out_dir) / f"{kind}.txt").write_text(alt.text or "")


if __name__ == "__main__":
    main(*sys.argv[1:])
