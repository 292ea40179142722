"""LLM-as-judge graders."""
from __future__ import annotations

import json
import re
from typing import Protocol

from mlplatform.services.multi_model_service import TaskComplexity, multi_model_service

JUDGE_PROMPT = """You are grading a model answer.
Question: {question}
Reference answer: {reference}
Model answer: {answer}

Reply with JSON: {{"score": <integer 1-5>, "reason": "<one sentence>"}}"""

_JSON_RE = re.compile(r"\{.*\}", re.S)


def parse_judgement(text: str) -> tuple[int, str]:
    match = _JSON_RE.search(text)
    if not match:
        return 0, f"unparseable: {text[:80]}"
    try:
        data = json.loads(match.group(0))
        return int(data.get("score", 0)), str(data.get("reason", ""))
    except (ValueError, TypeError):
        return 0, f"bad json: {match.group(0)[:80]}"


class Grader(Protocol):
    def grade(self, question: str, reference: str, answer: str) -> tuple[int, str]: ...


class ClaudeJudge:
    def __init__(self, client, model: str = "claude-3-5-sonnet-20240620"):
        self._client = client
        self.model = model

    def grade(self, question: str, reference: str, answer: str) -> tuple[int, str]:
        msg = self._client.messages.create(
            model=self.model,
            max_tokens=200,
            temperature=0,
            messages=[{"role": "user", "content": JUDGE_PROMPT.format(question=question, reference=reference, answer=answer)}],
        )
        return parse_judgement(msg.content[0].text)


class OpenAIJudge:
    def __init__(self, client, model: str = "gpt-4o"):
        self.client = client
        self.model = model

    def grade(self, question: str, reference: str, answer: str) -> tuple[int, str]:
        resp = self.client.chat.completions.create(
            model=self.model,
            response_format={"type": "json_object"},
            messages=[
                {"role": "system", "content": "You are a strict grader. Output JSON only."},
                {"role": "user", "content": JUDGE_PROMPT.format(question=question, reference=reference, answer=answer)},
            ],
        )
        return parse_judgement(resp.choices[0].message.content)


class PlatformJudge:
    """Goes through the platform service (tracked, billed to the team)."""

    def __init__(self, task_type: str = "eval_judge"):
        self.task_type = task_type

    async def agrade(self, question: str, reference: str, answer: str) -> tuple[int, str]:
        response = await multi_model_service.generate_response(
            prompt=JUDGE_PROMPT.format(question=question, reference=reference, answer=answer),
            task_type=self.task_type,
            complexity=TaskComplexity.SIMPLE,
        )
        return parse_judgement(response)


def make_judge(ctx, kind: str) -> Grader:
    if kind == "claude":
        return ClaudeJudge(ctx.anthropic, ctx.config.judge_model)
    if kind == "openai":
        return OpenAIJudge(ctx.openai)
    raise ValueError(f"unknown judge {kind}")
