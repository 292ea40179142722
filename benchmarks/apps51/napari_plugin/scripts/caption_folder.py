#!/usr/bin/env python
"""Caption every PNG/TIFF in a folder (headless, no napari needed).

    python scripts/caption_folder.py data/plate3 --summarize
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from cerebras.cloud.sdk import Cerebras
from openai import OpenAI

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from napari_scope_assist._legacy import caption_file  # noqa: E402
from napari_scope_assist._legacy.captioner_v1 import moderate  # noqa: E402


def caption_with_local_llava(path: Path, host: str) -> str:
    """Ollama exposes an OpenAI-compatible endpoint; handy on the lab GPU box."""
    import base64

    client = OpenAI(base_url=f"{host}/v1", api_key="ollama")
    b64 = base64.b64encode(path.read_bytes()).decode()
    resp = client.chat.completions.create(
        model="llava:13b",
        messages=[
            {
                "role": "user",
                "content": [
                    {"type": "text", "text": "Describe this microscopy image in one sentence."},
                    {"type": "image_url", "image_url": {"url": f"data:image/png;base64,{b64}"}},
                ],
            }
        ],
    )
    return resp.choices[0].message.content


def summarize(captions: dict[str, str]) -> str:
    client = Cerebras(api_key=os.environ["CEREBRAS_API_KEY"])
    joined = "\n".join(f"- {k}: {v}" for k, v in captions.items())
    out = client.chat.completions.create(
        model="llama-3.3-70b",
        messages=[{"role": "user", "content": f"Summarize this plate in 3 bullet points:\n{joined}"}],
    )
    return out.choices[0].message.content


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("folder", type=Path)
    ap.add_argument("--local", metavar="HOST", help="use Ollama at HOST instead of OpenAI")
    ap.add_argument("--summarize", action="store_true")
    ap.add_argument("--out", type=Path, default=None)
    args = ap.parse_args(argv)

    captions = {}
    for p in sorted(args.folder.glob("*.png")):
        text = caption_with_local_llava(p, args.local) if args.local else caption_file(str(p))
        if not args.local and moderate(text):
            text = "[caption withheld]"
        captions[p.name] = text
        print(f"{p.name}: {text}")

    if args.summarize and captions:
        print("\n" + summarize(captions))
    if args.out:
        args.out.write_text(json.dumps(captions, indent=2))


if __name__ == "__main__":
    main()
