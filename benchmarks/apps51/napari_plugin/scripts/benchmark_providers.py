#!/usr/bin/env python
"""Latency / agreement benchmark across providers on the sample image.

Not part of the plugin; run by hand before releases.
"""
from __future__ import annotations

import asyncio
import functools
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from google.genai import types  # noqa: E402

from napari_scope_assist._image_utils import data_url, normalize_to_uint8, to_png_bytes  # noqa: E402
from napari_scope_assist._llm import get_provider  # noqa: E402
from napari_scope_assist._prompts import CAPTION_SYSTEM  # noqa: E402
from napari_scope_assist._sample_data import make_sample_data  # noqa: E402

PROMPT = "How many nuclei are visible? Answer with a number only."


def bench_openai(img, n=5):
    spec = get_provider("openai")
    ask = functools.partial(
        spec.client().chat.completions.create,
        model=spec.model,
        messages=[
            {"role": "system", "content": CAPTION_SYSTEM},
            {"role": "user", "content": [{"type": "text", "text": PROMPT}, {"type": "image_url", "image_url": {"url": data_url(img)}}]},
        ],
        max_tokens=10,
    )
    times, answers = [], []
    for _ in range(n):
        t0 = time.perf_counter()
        r = ask()
        times.append(time.perf_counter() - t0)
        answers.append(r.choices[0].message.content)
    return times, answers


async def bench_gemini(img, n=5):
    spec = get_provider("gemini")
    client = spec.client()
    part = types.Part.from_bytes(data=to_png_bytes(img), mime_type="image/png")
    times, answers = [], []
    for _ in range(n):
        t0 = time.perf_counter()
        r = await asyncio.to_thread(client.models.generate_content, model=spec.model, contents=[part, PROMPT])
        times.append(time.perf_counter() - t0)
        answers.append(r.text)
    return times, answers


def bench_ollama(img, n=5):
    spec = get_provider("ollama")
    client = spec.client()
    times, answers = [], []
    for _ in range(n):
        t0 = time.perf_counter()
        r = client.generate(model=spec.model, prompt=PROMPT, images=[to_png_bytes(img)])
        times.append(time.perf_counter() - t0)
        answers.append(r.response)
    return times, answers


def main():
    img = normalize_to_uint8(make_sample_data()[0][0])
    results = {
        "openai": bench_openai(img),
        "gemini": asyncio.run(bench_gemini(img)),
        "ollama": bench_ollama(img),
    }
    for name, (times, answers) in results.items():
        print(f"{name:8s} median {statistics.median(times):.2f}s answers={answers}")


if __name__ == "__main__":
    main()
