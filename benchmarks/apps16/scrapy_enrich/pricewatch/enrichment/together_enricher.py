from __future__ import annotations

import json
import logging
from typing import Any, Dict

from itemadapter import ItemAdapter

from pricewatch.enrichment import Enricher, EnrichmentError
from pricewatch.llm.prompts import SPEC_NORMALISE_SYSTEM
from pricewatch.services.llm_usage_tracker import llm_tracker

logger = logging.getLogger(__name__)

DEFAULT_MODEL = "meta-llama/Llama-3.3-70B-Instruct-Turbo"


class TogetherEnricher(Enricher):
    """Spec normalisation and short display titles on Llama via Together."""

    name = "together"
    provider = "together"

    def __init__(self, settings) -> None:
        super().__init__(settings)
        self.model = settings.get("PRICEWATCH_TOGETHER_MODEL", DEFAULT_MODEL)

    def applies_to(self, adapter: ItemAdapter) -> bool:
        return bool(adapter.get("specs"))

    async def enrich(self, adapter: ItemAdapter) -> Dict[str, Any]:
        out: Dict[str, Any] = {"specs_normalised": await self.normalise_specs(adapter["specs"])}
        if len(adapter.get("title") or "") > 80:
            out["display_title"] = await self.display_title(adapter["title"])
        return out

    async def normalise_specs(self, specs: Dict[str, Any]) -> Dict[str, Any]:
        async with llm_tracker.track_llm_call(
            provider="together", model=self.model, feature_context="spec_normalise"
        ) as usage_log:
            response = await self.client.chat.completions.create(
                model=self.model,
                messages=[
                    {"role": "system", "content": SPEC_NORMALISE_SYSTEM},
                    {"role": "user", "content": json.dumps(specs, ensure_ascii=False)},
                ],
                response_format={"type": "json_object"},
                temperature=0,
            )
            usage_log.input_tokens = response.usage.prompt_tokens
            usage_log.output_tokens = response.usage.completion_tokens
        try:
            return json.loads(response.choices[0].message.content)
        except (TypeError, json.JSONDecodeError) as exc:
            raise EnrichmentError(f"spec normalisation returned invalid JSON: {exc}") from exc

    async def display_title(self, title: str) -> str:
        # TODO: wrap in llm_tracker like normalise_specs
        response = await self.client.chat.completions.create(
            model=self.model,
            messages=[
                {
                    "role": "system",
                    "content": "Shorten the product title to at most 60 characters. Keep brand and model.",
                },
                {"role": "user", "content": title},
            ],
            max_tokens=40,
            temperature=0.2,
        )
        return response.choices[0].message.content.strip()
