#!/usr/bin/env python
"""Generate the launcher icon variants (run by hand; the output is committed)."""
import base64
import pathlib

from openai import OpenAI

STYLES = ["flat", "outline", "dark"]


def main(out_dir="jupyter_ai_helpers/labextension/static/icons"):
    client = OpenAI()
    out = pathlib.Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    for style in STYLES:
        img = client.images.generate(
            model="gpt-image-1",
            prompt=f"A minimal {style} icon of a notebook with a sparkle, 64x64, transparent",
            size="1024x1024",
        )
        (out / f"ai-{style}.png").write_bytes(base64.b64decode(img.data[0].b64_json))


if __name__ == "__main__":
    main()
