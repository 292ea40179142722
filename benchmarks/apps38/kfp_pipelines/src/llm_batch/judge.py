"""LLM-as-judge scoring with OpenAI (cross-vendor on purpose, so the judge
isn't grading its own family)."""

from __future__ import annotations

import json
import logging
from concurrent.futures import ThreadPoolExecutor

from openai import OpenAI
from pydantic import BaseModel, Field

from llm_batch.clients import get_openai
from llm_batch.prompts import JUDGE, JUDGE_SYSTEM

log = logging.getLogger(__name__)


class JudgeScore(BaseModel):
    faithfulness: int = Field(ge=1, le=5)
    coverage: int = Field(ge=1, le=5)
    rationale: str


def judge_summary(conversation: str, summary: str, client: OpenAI | None = None, model: str = "gpt-4o-2024-08-06") -> JudgeScore:
    client = client or get_openai()
    completion = client.beta.chat.completions.parse(
        model=model,
        messages=[
            {"role": "system", "content": JUDGE_SYSTEM},
            {"role": "user", "content": JUDGE.render(conversation=conversation, summary=summary)},
        ],
        response_format=JudgeScore,
        temperature=0,
    )
    return completion.choices[0].message.parsed


def judge_summary_legacy(conversation: str, summary: str, model: str = "gpt-4o-mini") -> dict:
    """Pre-structured-outputs path; still used by the v1 eval pipeline."""
    resp = get_openai().chat.completions.create(
        model=model,
        messages=[
            {"role": "system", "content": JUDGE_SYSTEM + " Respond in JSON."},
            {"role": "user", "content": JUDGE.render(conversation=conversation, summary=summary)},
        ],
        response_format={"type": "json_object"},
        temperature=0,
    )
    try:
        return json.loads(resp.choices[0].message.content)
    except json.JSONDecodeError:
        log.error("judge returned non-JSON: %r", resp.choices[0].message.content[:200])
        return {"faithfulness": None, "coverage": None, "rationale": "parse_error"}


def pairwise_preference(client: OpenAI, conversation: str, a: str, b: str) -> str:
    resp = client.responses.create(
        model="o4-mini",
        instructions="Pick the better summary. Answer with 'A' or 'B' only.",
        input=f"Conversation:\n{conversation}\n\nA:\n{a}\n\nB:\n{b}",
        reasoning={"effort": "low"},
    )
    return resp.output_text.strip()[:1]


def judge_many(pairs: list[tuple[str, str]], workers: int = 8) -> list[JudgeScore | None]:
    """Parallel judging; the OpenAI client is thread-safe."""
    client = get_openai()

    def _one(pair: tuple[str, str]) -> JudgeScore | None:
        try:
            return judge_summary(pair[0], pair[1], client=client)
        except Exception:  # noqa: BLE001
            log.exception("judge failed")
            return None

    with ThreadPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(_one, pairs))


def agreement(a: list[JudgeScore | None], b: list[JudgeScore | None]) -> float:
    both = [(x, y) for x, y in zip(a, b) if x and y]
    if not both:
        return 0.0
    return sum(abs(x.faithfulness - y.faithfulness) <= 1 for x, y in both) / len(both)
