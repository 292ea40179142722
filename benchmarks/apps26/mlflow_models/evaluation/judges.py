"""LLM-as-judge implementations.

Two pointwise judges so we can check agreement: Claude (first-party API, not Bedrock,
because the eval account has no Bedrock quota) and GPT-4o via the Responses API.
Plus the pairwise Bedrock judge from the Llama-vs-GPT summariser bake-off (bottom).
"""
from __future__ import annotations

import asyncio
import functools
import json
import logging
import os
import random
from dataclasses import dataclass

import anthropic
from anthropic import AsyncAnthropicBedrock
from openai import OpenAI

from docai_models.providers import bedrock_model_id
from docai_models.services.llm_usage_tracker import llm_tracker
from docai_models.utils.io import parse_json_loose
from docai_models.utils.prompts import JUDGE

log = logging.getLogger(__name__)

JUDGE_CLAUDE = os.environ.get("JUDGE_CLAUDE_MODEL", "claude-3-5-sonnet-20241022")
JUDGE_GPT = os.environ.get("JUDGE_GPT_MODEL", "gpt-4o-2024-08-06")


@dataclass
class Verdict:
    judge: str
    faithfulness: int
    completeness: int
    rationale: str

    @property
    def passed(self) -> bool:
        return self.faithfulness >= 4 and self.completeness >= 3


class ClaudeJudge:
    name = "claude"

    def __init__(self, client: anthropic.Anthropic | None = None):
        self.client = client or anthropic.Anthropic()

    def grade(self, task: str, reference: str, candidate: str) -> Verdict:
        msg = self.client.messages.create(
            model=JUDGE_CLAUDE,
            max_tokens=400,
            temperature=0,
            messages=[{"role": "user", "content": JUDGE.render(task=task, reference=reference, candidate=candidate)}],
        )
        data = parse_json_loose(msg.content[0].text)
        return Verdict(self.name, int(data["faithfulness"]), int(data["completeness"]), data.get("rationale", ""))


class GPTJudge:
    name = "gpt"

    def __init__(self, client: OpenAI | None = None):
        self.client = client or OpenAI()
        self._respond = functools.partial(
            self.client.responses.create,
            model=JUDGE_GPT,
            temperature=0,
            text={"format": {"type": "json_object"}},
        )

    def grade(self, task: str, reference: str, candidate: str) -> Verdict:
        resp = self._respond(input=JUDGE.render(task=task, reference=reference, candidate=candidate))
        data = json.loads(resp.output_text)
        return Verdict(self.name, int(data["faithfulness"]), int(data["completeness"]), data.get("rationale", ""))


JUDGES = {"claude": ClaudeJudge, "gpt": GPTJudge}


def make_judge(name: str, client=None):
    return JUDGES[name](client)


# --- pairwise (async, ~2k pairs per run) ---
PAIRWISE_PROMPT = """Two summaries of the same claim file. Which is better for a claims supervisor?
Answer with exactly "A", "B" or "TIE".

Claim file (truncated):
{source}

Summary A:
{a}

Summary B:
{b}"""

pairwise_client = AsyncAnthropicBedrock()
PAIRWISE_MODEL = bedrock_model_id("claude-3-5-haiku")


async def judge_pair(source: str, a: str, b: str, tracked: bool = True) -> str:
    swap = random.random() < 0.5
    first, second = (b, a) if swap else (a, b)
    messages = [{"role": "user", "content": PAIRWISE_PROMPT.format(source=source[:12000], a=first, b=second)}]
    if tracked:
        async with llm_tracker.track_llm_call(provider="bedrock", model=PAIRWISE_MODEL, feature_context="eval_pairwise") as usage_log:
            msg = await pairwise_client.messages.create(model=PAIRWISE_MODEL, max_tokens=5, messages=messages)
            usage_log.input_tokens = msg.usage.input_tokens
            usage_log.output_tokens = msg.usage.output_tokens
    else:
        msg = await pairwise_client.messages.create(model=PAIRWISE_MODEL, max_tokens=5, messages=messages)
    verdict = msg.content[0].text.strip().upper()
    if swap and verdict in ("A", "B"):
        verdict = "B" if verdict == "A" else "A"
    return verdict


async def run_pairs(pairs: list[dict], concurrency: int = 16) -> list[str]:
    sem = asyncio.Semaphore(concurrency)

    async def one(p):
        async with sem:
            return await judge_pair(p["source"], p["a"], p["b"], tracked=p.get("tracked", True))

    return await asyncio.gather(*(one(p) for p in pairs))
