#!/usr/bin/env python3
"""Generate a sheet of illustrations from a text file of subjects, outside
Inkscape (used to make the example gallery for the extension page).

    python scripts/batch_generate.py subjects.txt out/ --provider anthropic
"""

import argparse
import asyncio
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))

from anthropic import AsyncAnthropic  # noqa: E402

from ai_ext_common import get_backend, images  # noqa: E402
from ai_ext_common.prompts import SVG_SYSTEM, svg_prompt  # noqa: E402
from ai_ext_common.settings import load_settings  # noqa: E402
from ai_ext_common.svg_utils import extract_svg  # noqa: E402


async def anthropic_batch(subjects, model, concurrency=4):
    client = AsyncAnthropic(api_key=load_settings().key_for("anthropic"))
    sem = asyncio.Semaphore(concurrency)

    async def one(subject):
        async with sem:
            msg = await client.messages.create(
                model=model,
                max_tokens=8192,
                system=SVG_SYSTEM,
                messages=[{"role": "user",
                           "content": svg_prompt(subject, "flat", 512, 512)}],
            )
            return subject, msg.content[0].text

    return await asyncio.gather(*(one(s) for s in subjects))


def sync_batch(subjects, provider):
    backend = get_backend(provider, max_tokens=8192)
    for subject in subjects:
        yield subject, backend.complete(SVG_SYSTEM, svg_prompt(subject, "flat", 512, 512))


def slug(text):
    return "".join(c if c.isalnum() else "-" for c in text.lower()).strip("-")[:50]


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("subjects")
    ap.add_argument("out")
    ap.add_argument("--provider", default="openai")
    ap.add_argument("--bitmaps", action="store_true")
    args = ap.parse_args(argv)

    subjects = [l.strip() for l in open(args.subjects, encoding="utf-8") if l.strip()]
    out = pathlib.Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    if args.provider == "anthropic":
        model = load_settings().model_for("anthropic")
        results = asyncio.run(anthropic_batch(subjects, model))
    else:
        results = sync_batch(subjects, args.provider)

    for subject, answer in results:
        svg = extract_svg(answer)
        if svg:
            (out / f"{slug(subject)}.svg").write_text(svg, encoding="utf-8")
        else:
            print(f"!! no svg for {subject!r}", file=sys.stderr)
        if args.bitmaps:
            png = images.generate_png("openai", subject)
            (out / f"{slug(subject)}.png").write_bytes(png)


if __name__ == "__main__":
    main()
