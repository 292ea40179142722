from __future__ import annotations

import asyncio
import json
import logging
from typing import Any, Dict, List

from google.genai import types
from itemadapter import ItemAdapter
from pydantic import BaseModel

from pricewatch.enrichment import Enricher

logger = logging.getLogger(__name__)

AMBIGUOUS_UNITS = ("inch", "\"", "lbs", "oz", "fl oz", "qt")


class SellingPoints(BaseModel):
    selling_points: List[str]
    target_audience: str
    is_bundle: bool


class GeminiEnricher(Enricher):
    """Selling points, plus a clarification dialogue for ambiguous spec tables."""

    name = "gemini"
    provider = "gemini"

    def __init__(self, settings) -> None:
        super().__init__(settings)
        self.model = settings.get("PRICEWATCH_GEMINI_ENRICH_MODEL", "gemini-2.0-flash")

    async def enrich(self, adapter: ItemAdapter) -> Dict[str, Any]:
        return await asyncio.to_thread(self._enrich_blocking, adapter)

    def _enrich_blocking(self, adapter: ItemAdapter) -> Dict[str, Any]:
        result: Dict[str, Any] = {}
        response = self.client.models.generate_content(
            model=self.model,
            contents=f"Product: {adapter['title']}\n\n{adapter.get('description') or ''}",
            config=types.GenerateContentConfig(
                system_instruction="Extract the selling points a shopper would compare on.",
                response_mime_type="application/json",
                response_schema=SellingPoints,
                temperature=0.2,
            ),
        )
        parsed: SellingPoints = response.parsed
        if parsed is not None:
            result.update(parsed.model_dump())

        specs = adapter.get("specs") or {}
        ambiguous = [k for k, v in specs.items() if any(u in str(v) for u in AMBIGUOUS_UNITS)]
        if ambiguous:
            result["spec_clarifications"] = self._clarify_specs(specs, ambiguous)
        return result

    def _clarify_specs(self, specs: Dict[str, Any], ambiguous: List[str]) -> Dict[str, str]:
        chat = self.client.chats.create(
            model=self.model,
            config=types.GenerateContentConfig(
                system_instruction=(
                    "You are given a product spec table. Answer each question with the value "
                    "converted to metric units, nothing else."
                ),
                temperature=0.0,
            ),
            history=[
                types.Content(role="user", parts=[types.Part(text=json.dumps(specs, ensure_ascii=False))]),
                types.Content(role="model", parts=[types.Part(text="Understood.")]),
            ],
        )
        answers = {}
        for key in ambiguous[:5]:
            reply = chat.send_message(f"What is '{key}' in metric units?")
            answers[key] = (reply.text or "").strip()
        return answers
