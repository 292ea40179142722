"""Scoring PromptJob outputs (spec.evaluation).

Two scorers: an LLM judge and an embedding similarity against the expected
answers. Both go through litellm so any provider prefix works.
"""
from __future__ import annotations

import json
import logging
import math
import re

import litellm
from litellm import completion

logger = logging.getLogger(__name__)

JUDGE_MODEL = "vertex_ai/gemini-2.0-flash-001"
EMBED_MODEL = "bedrock/amazon.titan-embed-text-v2:0"

JUDGE_PROMPT = """You are grading an answer produced by another model.
Question: {question}
Expected: {expected}
Answer: {answer}
Return JSON: {{"score": <0-10>, "reason": "<one sentence>"}}"""

_JSON_RE = re.compile(r"\{.*\}", re.S)


def judge(question: str, expected: str, answer: str, model: str = JUDGE_MODEL) -> tuple[int, str]:
    resp = completion(
        model=model,
        messages=[{"role": "user", "content": JUDGE_PROMPT.format(question=question, expected=expected, answer=answer)}],
        temperature=0,
        response_format={"type": "json_object"},
    )
    raw = resp.choices[0].message.content or ""
    match = _JSON_RE.search(raw)
    if not match:
        return 0, f"unparseable judge output: {raw[:200]}"
    data = json.loads(match.group(0))
    return int(data.get("score", 0)), data.get("reason", "")


def _cosine(a: list[float], b: list[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b))
    na = math.sqrt(sum(x * x for x in a))
    nb = math.sqrt(sum(y * y for y in b))
    return dot / (na * nb) if na and nb else 0.0


async def similarity(expected: list[str], answers: list[str], model: str = EMBED_MODEL) -> list[float]:
    resp = await litellm.aembedding(model=model, input=expected + answers)
    vectors = [item["embedding"] for item in resp.data]
    half = len(expected)
    return [_cosine(vectors[i], vectors[half + i]) for i in range(half)]


def aggregate(scores: list[int]) -> dict:
    if not scores:
        return {"mean": 0.0, "min": 0, "passed": False}
    mean = sum(scores) / len(scores)
    return {"mean": round(mean, 2), "min": min(scores), "passed": mean >= 7}
