"""Planner agent: decides *how* an image should be captioned.

Uses Claude with a JSON-ish system prompt. The client is injected by the
predictor (built in ``src.llm.clients``) so tests can pass a fake.
"""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field

import anthropic

from src.llm.prompts import PLANNER_SYSTEM
from src.llm.retry import call_with_retries

logger = logging.getLogger(__name__)


@dataclass
class CaptionPlan:
    focus: list[str] = field(default_factory=list)
    style: str = "descriptive"
    needs_ocr: bool = False
    needs_upscale: bool = False
    max_words: int = 60

    @classmethod
    def from_json(cls, raw: str) -> "CaptionPlan":
        start, end = raw.find("{"), raw.rfind("}")
        if start == -1 or end == -1:
            raise ValueError(f"planner returned no JSON object: {raw[:120]!r}")
        data = json.loads(raw[start : end + 1])
        return cls(
            focus=[str(x) for x in data.get("focus", [])][:6],
            style=str(data.get("style", "descriptive")),
            needs_ocr=bool(data.get("needs_ocr", False)),
            needs_upscale=bool(data.get("needs_upscale", False)),
            max_words=int(data.get("max_words", 60)),
        )

    @classmethod
    def default(cls, style: str = "descriptive") -> "CaptionPlan":
        return cls(style=style)

    def to_prompt(self) -> str:
        return json.dumps(
            {"focus": self.focus, "style": self.style, "max_words": self.max_words}, indent=2
        )


class Planner:
    def __init__(self, client: anthropic.Anthropic, model: str, max_tokens: int = 400) -> None:
        self.client = client
        self.model = model
        self.max_tokens = max_tokens

    def _user_prompt(self, draft: str, style_hint: str | None, width: int, height: int) -> str:
        lines = [f"Rough caption: {draft}", f"Image size: {width}x{height}"]
        if style_hint:
            lines.append(f"Requested style: {style_hint}")
        return "\n".join(lines)

    def plan(self, draft: str, *, style_hint: str | None = None, size: tuple[int, int] = (0, 0)) -> CaptionPlan:
        prompt = self._user_prompt(draft, style_hint, *size)
        try:
            message = self.client.messages.create(
                model=self.model,
                max_tokens=self.max_tokens,
                system=PLANNER_SYSTEM,
                messages=[{"role": "user", "content": prompt}],
                temperature=0.0,
            )
        except anthropic.APIError:
            logger.exception("planner failed, using default plan")
            return CaptionPlan.default(style_hint or "descriptive")
        text = "".join(b.text for b in message.content if b.type == "text")
        try:
            plan = CaptionPlan.from_json(text)
        except (ValueError, json.JSONDecodeError):
            logger.warning("could not parse plan, falling back: %r", text[:200])
            plan = CaptionPlan.default(style_hint or "descriptive")
        if style_hint:
            plan.style = style_hint
        return plan

    def plan_with_retries(self, draft: str, **kwargs) -> CaptionPlan:
        """Same as plan() but retries transient errors instead of defaulting."""
        message = call_with_retries(
            self.client.messages.create,
            model=self.model,
            max_tokens=self.max_tokens,
            system=PLANNER_SYSTEM,
            messages=[{"role": "user", "content": self._user_prompt(draft, kwargs.get("style_hint"), 0, 0)}],
        )
        return CaptionPlan.from_json("".join(b.text for b in message.content if b.type == "text"))

    def prompt_tokens(self, draft: str) -> int:
        """Used by the budget guard before we decide to plan at all."""
        counted = self.client.messages.count_tokens(
            model=self.model,
            system=PLANNER_SYSTEM,
            messages=[{"role": "user", "content": draft}],
        )
        return counted.input_tokens
