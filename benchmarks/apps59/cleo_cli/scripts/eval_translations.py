#!/usr/bin/env python
"""Score machine translations against the human reference set.

Uses an LLM judge (Together) and Cohere rerank as a cheap semantic-similarity proxy.
"""
from __future__ import annotations

import asyncio
import json
import os
import sys
from pathlib import Path

import cohere

from llmtool.providers.together_provider import new_async_together

JUDGE_MODEL = "meta-llama/Llama-3.3-70B-Instruct-Turbo"


async def judge(client, source: str, candidate: str, lang: str) -> int:
    resp = await client.chat.completions.create(
        model=JUDGE_MODEL,
        messages=[
            {"role": "system", "content": "Rate translation quality 1-5. Reply with the digit only."},
            {"role": "user", "content": f"Language: {lang}\nSource:\n{source}\n\nTranslation:\n{candidate}"},
        ],
        max_tokens=2,
    )
    try:
        return int(resp.choices[0].message.content.strip()[0])
    except (ValueError, IndexError):
        return 0


async def similarity(co: cohere.ClientV2, reference: str, candidate: str) -> float:
    result = await asyncio.to_thread(
        co.rerank,
        model="rerank-multilingual-v3.0",
        query=reference,
        documents=[candidate],
    )
    return result.results[0].relevance_score


async def main(ref_dir: Path, mt_dir: Path, lang: str) -> None:
    client = new_async_together()
    co = cohere.ClientV2(api_key=os.environ["CO_API_KEY"])
    scores = []
    for ref in sorted(ref_dir.glob("*.md")):
        mt = mt_dir / ref.name
        if not mt.exists():
            continue
        source = (ref_dir.parent / "en" / ref.name).read_text()
        j, s = await asyncio.gather(judge(client, source, mt.read_text(), lang), similarity(co, ref.read_text(), mt.read_text()))
        scores.append({"page": ref.name, "judge": j, "similarity": round(s, 3)})
    print(json.dumps(scores, indent=2))


if __name__ == "__main__":
    asyncio.run(main(Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]))
