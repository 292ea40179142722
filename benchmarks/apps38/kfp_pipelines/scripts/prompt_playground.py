#!/usr/bin/env python
"""Scratch script for comparing prompts across providers on a handful of rows.

Not part of any pipeline. Direct SDK usage is fine here (it's a dev tool),
but keep the sample small.
"""

from __future__ import annotations

import asyncio
import functools
import json
import os
import sys
from concurrent.futures import ThreadPoolExecutor

import cohere
from anthropic import AsyncAnthropicVertex
from google import genai
from openai import OpenAI

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "src"))

from llm_batch.config import load_settings  # noqa: E402
from llm_batch.prompts import CLASSIFY_SYSTEM  # noqa: E402

settings = load_settings()
gclient = genai.Client(vertexai=True, project=settings.project, location=settings.location)
oai = OpenAI()


def gemini_variant(prompt: str, temperature: float) -> str:
    r = gclient.models.generate_content(
        model=settings.gemini_model,
        contents=prompt,
        config={"temperature": temperature, "system_instruction": CLASSIFY_SYSTEM},
    )
    return r.text


async def claude_variants(prompts: list[str]) -> list[str]:
    claude = AsyncAnthropicVertex(region=settings.claude_region, project_id=settings.project)
    coros = [
        claude.messages.create(model=settings.claude_model, max_tokens=200, messages=[{"role": "user", "content": p}])
        for p in prompts
    ]
    results = await asyncio.gather(*coros)
    return [m.content[0].text for m in results]


def openai_variants(prompts: list[str]) -> list[str]:
    ask = functools.partial(oai.chat.completions.create, model="gpt-4o-mini", temperature=0.3)
    outs = []
    for p in prompts:
        r = ask(messages=[{"role": "system", "content": CLASSIFY_SYSTEM}, {"role": "user", "content": p}])
        outs.append(r.choices[0].message.content)
    return outs


def cohere_variants(prompts: list[str]) -> list[str]:
    co = cohere.ClientV2()
    with ThreadPoolExecutor(max_workers=4) as pool:
        futs = [
            pool.submit(co.chat, model="command-r-plus-08-2024", messages=[{"role": "user", "content": p}])
            for p in prompts
        ]
        return [f.result().message.content[0].text for f in futs]


if __name__ == "__main__":
    rows = [json.loads(l) for l in open(sys.argv[1])][:5]
    prompts = [f"{r['subject']}\n{r['body']}" for r in rows]
    for p in prompts:
        print("gemini:", gemini_variant(p, 0.0), gemini_variant(p, 0.7))
    print("claude:", asyncio.run(claude_variants(prompts)))
    print("openai:", openai_variants(prompts))
    print("cohere:", cohere_variants(prompts))
