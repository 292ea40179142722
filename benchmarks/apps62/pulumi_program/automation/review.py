"""Plan review: asks a model whether a preview looks dangerous before `up`."""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field

import anthropic
from groq import Groq

from infra_ai.prompts import PLAN_REVIEW_SYSTEM

log = logging.getLogger(__name__)

MAX_DIFF_CHARS = 60_000


@dataclass
class Review:
    risk: str = "unknown"
    findings: list[str] = field(default_factory=list)
    model: str = ""

    @property
    def blocking(self) -> bool:
        return self.risk == "high"


def _parse(text: str, model: str) -> Review:
    try:
        data = json.loads(text[text.index("{"): text.rindex("}") + 1])
        return Review(risk=data.get("risk", "unknown"), findings=list(data.get("findings", [])), model=model)
    except (ValueError, json.JSONDecodeError):
        log.warning("could not parse review output, treating as medium risk")
        return Review(risk="medium", findings=[text[:500]], model=model)


class PlanReviewer:
    def __init__(self, client: anthropic.Anthropic | None = None, fallback: Groq | None = None,
                 model: str = "claude-3-5-sonnet-20241022", fallback_model: str = "llama-3.1-70b-versatile"):
        self.client = client or anthropic.Anthropic()
        self.fallback = fallback
        self.model = model
        self.fallback_model = fallback_model

    def review(self, stack_name: str, diff_text: str) -> Review:
        diff_text = diff_text[:MAX_DIFF_CHARS]
        try:
            message = self.client.messages.create(
                model=self.model,
                max_tokens=1024,
                system=PLAN_REVIEW_SYSTEM,
                messages=[{"role": "user", "content": f"Stack: {stack_name}\n\n```\n{diff_text}\n```"}],
            )
            return _parse(message.content[0].text, self.model)
        except anthropic.APIError as exc:
            if self.fallback is None:
                raise
            log.warning("anthropic review failed (%s), using groq fallback", exc)
        resp = self.fallback.chat.completions.create(
            model=self.fallback_model,
            messages=[
                {"role": "system", "content": PLAN_REVIEW_SYSTEM},
                {"role": "user", "content": f"Stack: {stack_name}\n\n{diff_text}"},
            ],
            response_format={"type": "json_object"},
        )
        return _parse(resp.choices[0].message.content or "", self.fallback_model)
