"""Chart suggestions from Gemini, returned as structured JSON."""
from __future__ import annotations

import json
import logging

import pandas as pd
from google import genai
from google.genai import types
from pydantic import BaseModel

from config import get_settings
from services import prompts

log = logging.getLogger(__name__)


class ChartSpec(BaseModel):
    kind: str
    x: str
    y: str | None = None
    why: str = ""


class ChartAdvisor:
    def __init__(self, client: genai.Client):
        self.client = client
        self.model = get_settings().gemini_model

    def suggest(self, df: pd.DataFrame, name: str) -> list[ChartSpec]:
        response = self.client.models.generate_content(
            model=self.model,
            contents=prompts.dataset_context(df, name),
            config=types.GenerateContentConfig(
                system_instruction=prompts.CHART_SYSTEM,
                response_mime_type="application/json",
                response_schema=list[ChartSpec],
                temperature=0.3,
            ),
        )
        try:
            return [ChartSpec(**c) for c in json.loads(response.text or "[]") if c.get("x") in df.columns]
        except (json.JSONDecodeError, TypeError):
            log.warning("gemini returned non-json chart spec: %r", response.text)
            return []

    async def suggest_async(self, df: pd.DataFrame, name: str) -> list[ChartSpec]:
        response = await self.client.aio.models.generate_content(
            model=self.model,
            contents=prompts.dataset_context(df, name),
            config=types.GenerateContentConfig(
                system_instruction=prompts.CHART_SYSTEM,
                response_mime_type="application/json",
            ),
        )
        try:
            raw = json.loads(response.text or "[]")
        except json.JSONDecodeError:
            return []
        return [ChartSpec(**c) for c in raw if isinstance(c, dict) and c.get("x") in df.columns]

    def context_tokens(self, df: pd.DataFrame, name: str) -> int:
        res = self.client.models.count_tokens(model=self.model, contents=prompts.dataset_context(df, name))
        return res.total_tokens or 0
