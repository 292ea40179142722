"""SEO / market research with Gemini + Google Search grounding."""

from __future__ import annotations

import json
import logging
from typing import Any, Type

from crewai.tools import BaseTool
from google import genai
from google.genai import types
from pydantic import BaseModel, Field, PrivateAttr

from marketcrew.clients import get_genai
from marketcrew.config import settings
from marketcrew.utils import parse_json_loose

logger = logging.getLogger(__name__)

RESEARCH_PROMPT = """Research the topic below for a marketing campaign.
Return JSON with keys: topic, keywords (10 search keywords ranked by intent),
competitor_angles (how 3-5 competitors position themselves), sources (URLs).

Topic: {topic}
Market: {market}
"""


class SeoResearchInput(BaseModel):
    topic: str = Field(..., description="Topic or product category to research")
    market: str = Field("US", description="Country / market")


class SeoResearchTool(BaseTool):
    name: str = "seo_research"
    description: str = "Researches keywords and competitor positioning for a topic using live web search."
    args_schema: Type[BaseModel] = SeoResearchInput
    model: str = Field(default_factory=lambda: settings.research_model)
    max_prompt_tokens: int = 8000

    _genai: genai.Client = PrivateAttr(default_factory=get_genai)

    def _config(self) -> types.GenerateContentConfig:
        return types.GenerateContentConfig(
            temperature=0.2,
            tools=[types.Tool(google_search=types.GoogleSearch())],
            max_output_tokens=2048,
        )

    def _check_size(self, prompt: str) -> None:
        counted = self._genai.models.count_tokens(model=self.model, contents=prompt)
        if counted.total_tokens and counted.total_tokens > self.max_prompt_tokens:
            raise ValueError(f"research prompt too long ({counted.total_tokens} tokens)")

    @staticmethod
    def _sources(response: Any) -> list[str]:
        try:
            chunks = response.candidates[0].grounding_metadata.grounding_chunks or []
            return [c.web.uri for c in chunks if c.web]
        except (AttributeError, IndexError, TypeError):
            return []

    def _finish(self, response: Any, topic: str) -> str:
        try:
            data = parse_json_loose(response.text or "")
        except (json.JSONDecodeError, ValueError):
            data = {"topic": topic, "keywords": [], "competitor_angles": [], "notes": response.text}
        data.setdefault("sources", [])
        data["sources"] = sorted(set(data["sources"]) | set(self._sources(response)))
        return json.dumps(data, indent=2)

    def _run(self, topic: str, market: str = "US") -> str:
        prompt = RESEARCH_PROMPT.format(topic=topic, market=market)
        self._check_size(prompt)
        response = self._genai.models.generate_content(
            model=self.model,
            contents=prompt,
            config=self._config(),
        )
        return self._finish(response, topic)

    async def _arun(self, topic: str, market: str = "US") -> str:
        prompt = RESEARCH_PROMPT.format(topic=topic, market=market)
        response = await self._genai.aio.models.generate_content(
            model=self.model, contents=prompt, config=self._config()
        )
        return self._finish(response, topic)
