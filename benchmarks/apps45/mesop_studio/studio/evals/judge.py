"""Pairwise judge used by the compare page."""

from __future__ import annotations

import re
from dataclasses import dataclass

from studio.backends import get_anthropic_client, get_backend
from studio.prompts import render
from studio.settings import get_settings

_VERDICT = re.compile(r"^\s*(A|B|TIE)\b", re.IGNORECASE)


@dataclass
class Verdict:
    winner: str
    reasoning: str


def _parse(text: str) -> Verdict:
    m = _VERDICT.match(text)
    winner = m.group(1).upper() if m else "TIE"
    reasoning = text[m.end():].strip(" :.-\n") if m else text.strip()
    return Verdict(winner, reasoning)


class PairwiseJudge:
    def __init__(self, model: str | None = None):
        self.model = model or get_settings().judge_model
        self._client = get_anthropic_client()

    def judge(self, prompt: str, a: str, b: str) -> Verdict:
        messages = render("judge", prompt=prompt, a=a, b=b)
        msg = self._client.messages.create(
            model=self.model,
            system=messages[0]["content"],
            max_tokens=200,
            temperature=0,
            messages=messages[1:],
        )
        return _parse(msg.content[0].text)

    def judge_both_orders(self, prompt: str, a: str, b: str) -> Verdict:
        first = self.judge(prompt, a, b)
        second = self.judge(prompt, b, a)
        swapped = {"A": "B", "B": "A", "TIE": "TIE"}[second.winner]
        if first.winner == swapped:
            return first
        return Verdict("TIE", f"order-dependent: {first.reasoning} / {second.reasoning}")

    def count_prompt_tokens(self, prompt: str, a: str, b: str) -> int:
        messages = render("judge", prompt=prompt, a=a, b=b)
        res = self._client.messages.count_tokens(
            model=self.model, system=messages[0]["content"], messages=messages[1:]
        )
        return res.input_tokens


def judge_with_backend(backend_key: str, prompt: str, a: str, b: str) -> Verdict:
    """Use any registry backend as the judge (cheaper models for smoke runs)."""
    backend = get_backend(backend_key)
    completion = backend.run(render("judge", prompt=prompt, a=a, b=b), temperature=0, max_tokens=200)
    return _parse(completion.text)
