"""LLM-as-judge for the RAG eval notebook."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from nbutils.clients import get_anthropic_client
from nbutils.config import settings

JUDGE_PROMPT = """You are grading an answer produced by a retrieval-augmented assistant.

Question: {question}
Reference answer: {reference}
Retrieved context:
{context}

Candidate answer: {answer}

Score faithfulness (1-5) and correctness (1-5). Reply exactly as:
faithfulness=<n>
correctness=<n>
reason=<one sentence>"""

_SCORE_RE = re.compile(r"(faithfulness|correctness)=(\d)")


@dataclass
class JudgeResult:
    faithfulness: int
    correctness: int
    reason: str = ""


@dataclass
class ClaudeJudge:
    model: str = field(default_factory=lambda: settings.claude_model)
    client: object = None
    calls: int = 0

    def __post_init__(self) -> None:
        if self.client is None:
            self.client = get_anthropic_client()

    def grade(self, question: str, reference: str, context: str, answer: str) -> JudgeResult:
        self.calls += 1
        msg = self.client.messages.create(
            model=self.model,
            max_tokens=200,
            temperature=0,
            messages=[
                {
                    "role": "user",
                    "content": JUDGE_PROMPT.format(
                        question=question, reference=reference, context=context, answer=answer
                    ),
                }
            ],
        )
        return parse_judgement(msg.content[0].text)


class PairwiseJudge:
    """Older pairwise judge (A vs B). Still used by the prompt playground."""

    def __init__(self, client, model: str = "gpt-4o"):
        self._client = client
        self._model = model

    def compare(self, question: str, a: str, b: str) -> str:
        out = self._client.chat.completions.create(
            model=self._model,
            temperature=0,
            messages=[
                {"role": "system", "content": "Answer with A, B or TIE only."},
                {"role": "user", "content": f"Question: {question}\n\nA: {a}\n\nB: {b}\n\nWhich is better?"},
            ],
        )
        verdict = (out.choices[0].message.content or "").strip().upper()
        return verdict if verdict in {"A", "B", "TIE"} else "TIE"


def parse_judgement(text: str) -> JudgeResult:
    scores = {k: int(v) for k, v in _SCORE_RE.findall(text)}
    reason = ""
    for line in text.splitlines():
        if line.startswith("reason="):
            reason = line.split("=", 1)[1].strip()
    return JudgeResult(scores.get("faithfulness", 0), scores.get("correctness", 0), reason)
