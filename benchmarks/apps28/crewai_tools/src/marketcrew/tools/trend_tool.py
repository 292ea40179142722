"""Social trend scouting with Grok (xAI, OpenAI-compatible API)."""

from __future__ import annotations

import logging
from typing import Any, Type

from crewai.tools import BaseTool
from pydantic import BaseModel, Field, PrivateAttr

from marketcrew.clients import get_async_xai, get_xai
from marketcrew.config import settings

logger = logging.getLogger(__name__)

TREND_SYSTEM = (
    "You track what people are talking about on X right now. Be concrete: name the conversations, "
    "the accounts driving them and the sentiment. Flag anything risky for a brand to join."
)


class TrendInput(BaseModel):
    topic: str = Field(..., description="Industry or topic to scan for current conversations")
    region: str = Field("global")


class TrendScoutTool(BaseTool):
    name: str = "trend_scout"
    description: str = "Summarises current social conversations and trends around a topic."
    args_schema: Type[BaseModel] = TrendInput
    model: str = Field(default_factory=lambda: settings.grok_model)

    _completions: Any = PrivateAttr()
    _aclient: Any = PrivateAttr()

    def model_post_init(self, __context: Any) -> None:
        super().model_post_init(__context)
        self._completions = get_xai().chat.completions
        self._aclient = get_async_xai()

    def _messages(self, topic: str, region: str) -> list[dict[str, str]]:
        return [
            {"role": "system", "content": TREND_SYSTEM},
            {"role": "user", "content": f"Topic: {topic}\nRegion: {region}\nWhat is trending this week?"},
        ]

    def _run(self, topic: str, region: str = "global") -> str:
        if not settings.enable_grok_trends:
            return "Trend scouting disabled."
        resp = self._completions.create(model=self.model, messages=self._messages(topic, region), temperature=0.3)
        return resp.choices[0].message.content or ""

    async def _arun(self, topic: str, region: str = "global") -> str:
        if not settings.enable_grok_trends:
            return "Trend scouting disabled."
        stream = await self._aclient.chat.completions.create(
            model=self.model,
            messages=self._messages(topic, region),
            temperature=0.3,
            stream=True,
        )
        parts: list[str] = []
        async for chunk in stream:
            if chunk.choices and chunk.choices[0].delta.content:
                parts.append(chunk.choices[0].delta.content)
        return "".join(parts)
