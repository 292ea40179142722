#!/usr/bin/env python
"""Offline eval: run the golden question set through AnswerService and grade with Gemini.

    python -m scripts.eval_answers evals/golden.jsonl --judge gemini-2.5-pro
"""
from __future__ import annotations

import argparse
import asyncio
import functools
import json
import pathlib
import statistics

from google.genai import types

from kb_api.db import ChunkRepository, SessionLocal
from kb_api.llm import get_async_openai, get_genai, get_perplexity
from kb_api.services.answer_service import AnswerService
from kb_api.services.search_service import EmbeddingService, SearchService

JUDGE_PROMPT = """Grade the candidate answer against the reference on a 1-5 scale.
Reply with JSON: {{"score": int, "reason": str}}.

Question: {q}
Reference: {ref}
Candidate: {cand}"""


def make_judge(model: str):
    client = get_genai()
    return functools.partial(
        client.models.generate_content,
        model=model,
        config=types.GenerateContentConfig(response_mime_type="application/json", temperature=0.0),
    )


async def web_baseline(question: str) -> str:
    r = await get_perplexity().chat.completions.create(model="sonar", messages=[{"role": "user", "content": question}])
    return r.choices[0].message.content or ""


async def main(path: pathlib.Path, judge_model: str, with_baseline: bool) -> None:
    judge = make_judge(judge_model)
    scores, baseline_scores = [], []
    async with SessionLocal() as session:
        search = SearchService(EmbeddingService(get_async_openai()), ChunkRepository(session))
        service = AnswerService(get_async_openai(), search)
        for line in path.read_text().splitlines():
            case = json.loads(line)
            ans = await service.answer(case["question"])
            verdict = judge(contents=JUDGE_PROMPT.format(q=case["question"], ref=case["reference"], cand=ans.text))
            scores.append(json.loads(verdict.text)["score"])
            if with_baseline:
                base = await web_baseline(case["question"])
                bv = judge(contents=JUDGE_PROMPT.format(q=case["question"], ref=case["reference"], cand=base))
                baseline_scores.append(json.loads(bv.text)["score"])
    print(f"kb: mean={statistics.mean(scores):.2f} n={len(scores)}")
    if baseline_scores:
        print(f"web: mean={statistics.mean(baseline_scores):.2f}")


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("path", type=pathlib.Path)
    ap.add_argument("--judge", default="gemini-2.5-pro")
    ap.add_argument("--baseline", action="store_true")
    a = ap.parse_args()
    asyncio.run(main(a.path, a.judge, a.baseline))
