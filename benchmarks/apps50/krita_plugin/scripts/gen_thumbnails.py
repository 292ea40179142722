#!/usr/bin/env python3
"""Render a contact sheet of style thumbnails for the manual / README, using
Replicate. Captions are written by a Llama model hosted on Replicate too."""
import argparse
import asyncio
import os

import replicate

STYLES = ["watercolour", "gouache", "ink wash", "charcoal", "oil impasto", "pixel art"]
IMAGE_MODEL = "black-forest-labs/flux-schnell"
CAPTION_MODEL = "meta/meta-llama-3-8b-instruct"


async def render(subject, out_dir):
    outputs = await asyncio.gather(*[
        replicate.async_run(IMAGE_MODEL, input={"prompt": f"{subject}, {style}", "aspect_ratio": "1:1"})
        for style in STYLES
    ])
    paths = []
    for style, output in zip(STYLES, outputs):
        path = os.path.join(out_dir, style.replace(" ", "_") + ".webp")
        with open(path, "wb") as fh:
            fh.write(output[0].read())
        paths.append(path)
    return paths


def caption(style):
    text = []
    for event in replicate.stream(CAPTION_MODEL, input={
        "prompt": f"One short sentence describing the {style} painting style for a beginner.",
        "max_new_tokens": 60,
    }):
        text.append(str(event))
    return "".join(text).strip()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("subject", nargs="?", default="a lighthouse on a cliff")
    ap.add_argument("-o", "--out", default="thumbs")
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    paths = asyncio.run(render(args.subject, args.out))
    with open(os.path.join(args.out, "index.md"), "w", encoding="utf-8") as fh:
        for style, path in zip(STYLES, paths):
            fh.write(f"![{style}]({os.path.basename(path)})\n\n{caption(style)}\n\n")


if __name__ == "__main__":
    main()
