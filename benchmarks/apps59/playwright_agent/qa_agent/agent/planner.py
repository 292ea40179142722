"""Planner: a slower, smarter model that decides what to explore next."""
from __future__ import annotations

import json
import logging
from typing import Any

from qa_agent.agent.prompts import PLANNER_SYSTEM

logger = logging.getLogger(__name__)


class Planner:
    """Wraps an Anthropic client (sync). The client is injected by the runner."""

    def __init__(self, client: Any, model: str, max_tokens: int = 2048) -> None:
        self.client = client
        self.model = model
        self.max_tokens = max_tokens
        self.last_rate_limit: dict[str, str] = {}

    def _summarise_steps(self, steps: list[dict[str, Any]]) -> str:
        lines = []
        for s in steps[-15:]:
            a = s["action"]
            lines.append(f"{s['step']}: {a['type']} {a.get('selector') or a.get('url') or ''} -> {s['outcome'][:80]}")
        return "\n".join(lines) or "(nothing yet)"

    def plan(self, goal: str, steps: list[dict[str, Any]]) -> str:
        raw = self.client.messages.with_raw_response.create(
            model=self.model,
            max_tokens=self.max_tokens,
            system=PLANNER_SYSTEM,
            messages=[{"role": "user", "content": f"Goal: {goal}\n\nSteps so far:\n{self._summarise_steps(steps)}"}],
        )
        self.last_rate_limit = {
            k: v for k, v in raw.headers.items() if k.startswith("anthropic-ratelimit-")
        }
        msg = raw.parse()
        return "".join(b.text for b in msg.content if b.type == "text")

    def replan_streaming(self, goal: str, steps: list[dict[str, Any]], on_text=None) -> str:
        """Used by the interactive CLI so the user sees the plan as it is written."""
        chunks: list[str] = []
        with self.client.messages.stream(
            model=self.model,
            max_tokens=self.max_tokens,
            system=PLANNER_SYSTEM,
            messages=[{"role": "user", "content": f"Goal: {goal}\n\n{self._summarise_steps(steps)}"}],
        ) as stream:
            for text in stream.text_stream:
                chunks.append(text)
                if on_text:
                    on_text(text)
            final = stream.get_final_message()
        logger.debug("planner used %s output tokens", final.usage.output_tokens)
        return "".join(chunks)

    def split_goal(self, goal: str) -> list[str]:
        msg = self.client.messages.create(
            model=self.model,
            max_tokens=600,
            messages=[
                {"role": "user", "content": f"Split this QA goal into 3-6 independent sub-goals, JSON list of strings only:\n{goal}"}
            ],
        )
        text = msg.content[0].text
        try:
            parts = json.loads(text[text.find("["): text.rfind("]") + 1])
        except json.JSONDecodeError:
            return [goal]
        return [p for p in parts if isinstance(p, str)] or [goal]
