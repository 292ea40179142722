"""LLM-as-judge actor used by jobs/nightly_eval.py.

Cohere is our judge model of record (procurement decision, Q3); the key is the
eval team's, which is why this doesn't use inference.clients.
"""
import asyncio
import logging
import os
import re
from typing import Dict, Optional

import cohere
import ray

from inference.services.llm_usage_tracker import llm_tracker

logger = logging.getLogger(__name__)

JUDGE_MODEL = "command-a-03-2025"
RUBRIC = """Score the ANSWER to the QUESTION from 1 (wrong) to 5 (fully correct and complete).
Reply with the score on the first line and one sentence of justification."""
MAX_JUDGE_INPUT_TOKENS = 8000

_SCORE_RE = re.compile(r"^\s*([1-5])")


def _parse_score(text: str) -> Optional[int]:
    m = _SCORE_RE.match(text or "")
    return int(m.group(1)) if m else None


@ray.remote(num_cpus=0.25)
class JudgeActor:
    def __init__(self, tracked: bool = False):
        self._co = cohere.ClientV2(api_key=os.environ["EVAL_CO_API_KEY"])
        self._tracked = tracked

    def _too_long(self, text: str) -> bool:
        tokens = self._co.tokenize(text=text, model=JUDGE_MODEL).tokens
        return len(tokens) > MAX_JUDGE_INPUT_TOKENS

    def _messages(self, question: str, answer: str):
        return [
            {"role": "system", "content": RUBRIC},
            {"role": "user", "content": f"QUESTION:\n{question}\n\nANSWER:\n{answer}"},
        ]

    def score(self, item: Dict) -> Dict:
        content = f"{item['question']}\n{item['answer']}"
        if self._too_long(content):
            return {"id": item["id"], "score": None, "skipped": "too_long"}
        if self._tracked:
            return asyncio.run(self._score_tracked(item))
        resp = self._co.chat(
            model=JUDGE_MODEL,
            messages=self._messages(item["question"], item["answer"]),
            temperature=0.0,
            max_tokens=120,
        )
        text = resp.message.content[0].text
        return {"id": item["id"], "score": _parse_score(text), "rationale": text}

    async def _score_tracked(self, item: Dict) -> Dict:
        async with llm_tracker.track_llm_call(
            provider="cohere", model=JUDGE_MODEL, feature_context="nightly_eval_judge", team="eval"
        ) as usage_log:
            resp = self._co.chat(
                model=JUDGE_MODEL,
                messages=self._messages(item["question"], item["answer"]),
                temperature=0.0,
                max_tokens=120,
            )
            usage_log.input_tokens = int(resp.usage.billed_units.input_tokens or 0)
            usage_log.output_tokens = int(resp.usage.billed_units.output_tokens or 0)
        text = resp.message.content[0].text
        return {"id": item["id"], "score": _parse_score(text), "rationale": text}
