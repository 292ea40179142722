"""LLM-as-judge graders."""
from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass
from typing import Optional

logger = logging.getLogger(__name__)

JUDGE_PROMPT = """You are grading an answer produced by an AI assistant.

Question:
{question}

Reference answer:
{reference}

Candidate answer:
{candidate}

Return JSON: {{"score": <integer 1-5>, "reason": "<one sentence>"}}"""


@dataclass
class JudgeVerdict:
    score: int
    reason: str
    raw: str = ""

    @property
    def passed(self) -> bool:
        return self.score >= 4


def _parse_verdict(text: str) -> JudgeVerdict:
    match = re.search(r"\{.*\}", text, re.S)
    if not match:
        return JudgeVerdict(score=1, reason="unparseable judge output", raw=text)
    data = json.loads(match.group(0))
    return JudgeVerdict(score=int(data["score"]), reason=str(data.get("reason", "")), raw=text)


class LLMJudge:
    """OpenAI-backed judge.  The client is injected by the ``judge`` fixture."""

    def __init__(self, client, model: str = "gpt-4o", temperature: float = 0.0) -> None:
        self.client = client
        self.model = model
        self.temperature = temperature

    def grade(self, question: str, reference: str, candidate: str) -> JudgeVerdict:
        completion = self.client.chat.completions.create(
            model=self.model,
            temperature=self.temperature,
            response_format={"type": "json_object"},
            messages=[
                {"role": "system", "content": "You are a strict but fair grader."},
                {
                    "role": "user",
                    "content": JUDGE_PROMPT.format(
                        question=question, reference=reference, candidate=candidate
                    ),
                },
            ],
        )
        return _parse_verdict(completion.choices[0].message.content or "")

    def pairwise(self, question: str, a: str, b: str) -> str:
        """Returns 'A', 'B' or 'tie'."""
        resp = self.client.responses.create(
            model=self.model,
            instructions="Compare two answers. Reply with exactly one token: A, B or tie.",
            input=f"Question: {question}\n\nAnswer A:\n{a}\n\nAnswer B:\n{b}",
        )
        verdict = resp.output_text.strip()
        return verdict if verdict in {"A", "B", "tie"} else "tie"


class AnthropicJudge:
    """Second-opinion judge so we do not grade OpenAI models only with OpenAI."""

    def __init__(self, client, model: str = "claude-3-5-sonnet-latest") -> None:
        self._client = client
        self.model = model

    def grade(self, question: str, reference: str, candidate: str) -> JudgeVerdict:
        msg = self._client.messages.create(
            model=self.model,
            max_tokens=300,
            messages=[
                {
                    "role": "user",
                    "content": JUDGE_PROMPT.format(
                        question=question, reference=reference, candidate=candidate
                    ),
                }
            ],
        )
        text = msg.content[0].text if msg.content else ""
        return _parse_verdict(text)


def consensus(judges, question: str, reference: str, candidate: str) -> Optional[JudgeVerdict]:
    verdicts = [j.grade(question, reference, candidate) for j in judges]
    if not verdicts:
        return None
    avg = round(sum(v.score for v in verdicts) / len(verdicts))
    return JudgeVerdict(score=avg, reason=" | ".join(v.reason for v in verdicts))
