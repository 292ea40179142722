"""Critic: a cheap multimodal model that checks each step for visible bugs."""
from __future__ import annotations

import json
import logging
from typing import Any

from google.genai import types

from qa_agent.agent.actions import Action
from qa_agent.agent.prompts import CRITIC_PROMPT

logger = logging.getLogger(__name__)


class Critic:
    def __init__(self, genai_client: Any, model: str = "gemini-2.0-flash") -> None:
        self.genai = genai_client
        self.model = model
        self._config = types.GenerateContentConfig(
            temperature=0.0,
            response_mime_type="application/json",
            max_output_tokens=256,
        )

    async def review(self, goal: str, action: Action, screenshot_png: bytes) -> dict[str, Any]:
        prompt = CRITIC_PROMPT.format(goal=goal, action=json.dumps(action.to_dict()))
        resp = await self.genai.aio.models.generate_content(
            model=self.model,
            contents=[types.Part.from_bytes(data=screenshot_png, mime_type="image/png"), prompt],
            config=self._config,
        )
        try:
            return json.loads(resp.text or "{}")
        except json.JSONDecodeError:
            logger.warning("critic returned non-JSON: %r", (resp.text or "")[:120])
            return {"ok": True}

    def review_sync(self, goal: str, action: Action, screenshot_png: bytes) -> dict[str, Any]:
        prompt = CRITIC_PROMPT.format(goal=goal, action=json.dumps(action.to_dict()))
        resp = self.genai.models.generate_content(
            model=self.model,
            contents=[types.Part.from_bytes(data=screenshot_png, mime_type="image/png"), prompt],
            config=self._config,
        )
        return json.loads(resp.text or "{}")

    def explain(self, bug: str, screenshot_png: bytes) -> str:
        """Long-form explanation for the report; streamed to keep latency visible."""
        out = []
        for chunk in self.genai.models.generate_content_stream(
            model=self.model,
            contents=[
                types.Part.from_bytes(data=screenshot_png, mime_type="image/png"),
                f"Explain this UI bug for a developer, point at the element: {bug}",
            ],
        ):
            out.append(chunk.text or "")
        return "".join(out)
