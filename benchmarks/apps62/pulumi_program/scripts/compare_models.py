#!/usr/bin/env python
"""Compare plan-review quality/latency across providers on saved previews.

    python scripts/compare_models.py fixtures/previews/*.txt
"""
from __future__ import annotations

import functools
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from groq import Groq

from infra_ai import get_genai, get_openai
from infra_ai.prompts import PLAN_REVIEW_SYSTEM
from infra_ai.settings import SETTINGS


def _messages(diff: str) -> list[dict]:
    return [{"role": "system", "content": PLAN_REVIEW_SYSTEM}, {"role": "user", "content": diff}]


def stream_groq(client: Groq, diff: str) -> tuple[str, float]:
    start = time.perf_counter()
    first = None
    out = []
    for chunk in client.chat.completions.create(model=SETTINGS.groq_model, messages=_messages(diff), stream=True):
        if first is None:
            first = time.perf_counter() - start
        out.append(chunk.choices[0].delta.content or "")
    return "".join(out), first or 0.0


def main(paths: list[str]) -> None:
    groq = Groq()
    openai_review = functools.partial(
        get_openai().chat.completions.create,
        model=SETTINGS.openai_model,
        temperature=0,
    )
    genai = get_genai()
    with ThreadPoolExecutor(max_workers=4) as pool:
        for path in paths:
            diff = Path(path).read_text()[:30000]
            fut_gemini = pool.submit(
                genai.models.generate_content,
                model=SETTINGS.gemini_model,
                contents=f"{PLAN_REVIEW_SYSTEM}\n\n{diff}",
            )
            t0 = time.perf_counter()
            oa = openai_review(messages=_messages(diff))
            t_openai = time.perf_counter() - t0
            groq_text, ttft = stream_groq(groq, diff)
            gem = fut_gemini.result()
            print(f"== {path}")
            print(f"openai ({t_openai:.1f}s): {oa.choices[0].message.content[:200]}")
            print(f"groq (ttft {ttft:.2f}s): {groq_text[:200]}")
            print(f"gemini: {(gem.text or '')[:200]}")


if __name__ == "__main__":
    main(sys.argv[1:])
