"""LLM-as-a-judge implementations used by the evaluation pipeline."""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass
from typing import Any, Dict, Optional

from google.genai import types as genai_types

from llm.prompts import JUDGE_SYSTEM, render_judge_prompt

logger = logging.getLogger(__name__)

_JSON_RE = re.compile(r"\{.*\}", re.DOTALL)


@dataclass
class Verdict:
    score: float
    reason: str
    judge: str
    input_tokens: int = 0
    output_tokens: int = 0

    def to_dict(self) -> Dict[str, Any]:
        return self.__dict__.copy()


def _parse_verdict(raw: str) -> Dict[str, Any]:
    match = _JSON_RE.search(raw or "")
    if not match:
        return {"score": 0.0, "reason": f"unparseable: {raw[:80]!r}"}
    try:
        data = json.loads(match.group(0))
    except json.JSONDecodeError:
        return {"score": 0.0, "reason": "bad json"}
    return {"score": float(data.get("score", 0.0)), "reason": str(data.get("reason", ""))}


class ClaudeJudge:
    """Judge backed by Anthropic. The client is injected by the step."""

    def __init__(self, client, model: str = "claude-3-5-sonnet-latest", max_tokens: int = 300):
        self._client = client
        self.model = model
        self.max_tokens = max_tokens

    def grade(self, question: str, reference: str, candidate: str) -> Verdict:
        msg = self._client.messages.create(
            model=self.model,
            max_tokens=self.max_tokens,
            system=JUDGE_SYSTEM,
            messages=[{"role": "user", "content": render_judge_prompt(question, reference, candidate)}],
        )
        raw = msg.content[0].text
        parsed = _parse_verdict(raw)
        return Verdict(
            judge=f"anthropic:{self.model}",
            input_tokens=msg.usage.input_tokens,
            output_tokens=msg.usage.output_tokens,
            **parsed,
        )


class GeminiJudge:
    def __init__(self, client, model: str = "gemini-2.0-flash"):
        self.client = client
        self.model = model
        self._config = genai_types.GenerateContentConfig(
            system_instruction=JUDGE_SYSTEM,
            response_mime_type="application/json",
            temperature=0.0,
        )

    def grade(self, question: str, reference: str, candidate: str) -> Verdict:
        resp = self.client.models.generate_content(
            model=self.model,
            contents=render_judge_prompt(question, reference, candidate),
            config=self._config,
        )
        parsed = _parse_verdict(resp.text or "")
        usage = resp.usage_metadata
        return Verdict(
            judge=f"google:{self.model}",
            input_tokens=usage.prompt_token_count or 0,
            output_tokens=usage.candidates_token_count or 0,
            **parsed,
        )


class ExactMatchJudge:
    """Cheap baseline judge; no model involved."""

    def grade(self, question: str, reference: str, candidate: str) -> Verdict:
        ok = reference.strip().lower() == candidate.strip().lower()
        return Verdict(score=1.0 if ok else 0.0, reason="exact" if ok else "mismatch", judge="exact")


def build_judge(kind: str, client: Optional[object] = None, model: Optional[str] = None):
    if kind == "anthropic":
        return ClaudeJudge(client, model=model or "claude-3-5-sonnet-latest")
    if kind == "google":
        return GeminiJudge(client, model=model or "gemini-2.0-flash")
    return ExactMatchJudge()
