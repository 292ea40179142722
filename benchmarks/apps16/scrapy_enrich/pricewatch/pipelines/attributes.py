"""Structured attribute extraction + English titles, both on Mistral.

Extraction was written as a sync helper first (it is also used by
scripts/eval_classifier.py), so it runs in a worker thread here.
"""
from __future__ import annotations

import asyncio
import json
import logging
from typing import Any, Dict

from itemadapter import ItemAdapter
from mistralai.client.errors import MistralError

from pricewatch.items import ProductItem
from pricewatch.llm.clients import get_mistral_client
from pricewatch.llm.prompts import ATTRIBUTES_SYSTEM, TRANSLATE_SYSTEM
from pricewatch.utils import truncate

logger = logging.getLogger(__name__)

MAX_ATTRIBUTES = 40


class AttributeExtractionPipeline:
    def __init__(self, attribute_model: str, translate_model: str, stats):
        self.attribute_model = attribute_model
        self.translate_model = translate_model
        self.stats = stats
        self.mistral = get_mistral_client()

    @classmethod
    def from_crawler(cls, crawler):
        s = crawler.settings
        return cls(
            attribute_model=s.get("PRICEWATCH_ATTRIBUTE_MODEL", "mistral-small-latest"),
            translate_model=s.get("PRICEWATCH_TRANSLATE_MODEL", "mistral-small-latest"),
            stats=crawler.stats,
        )

    async def process_item(self, item, spider):
        if not isinstance(item, ProductItem):
            return item
        adapter = ItemAdapter(item)

        jobs = [asyncio.to_thread(self.extract_attributes, adapter)]
        if (adapter.get("language") or "en") != "en" and not adapter.get("title_en"):
            jobs.append(self._translate_title(adapter))

        results = await asyncio.gather(*jobs, return_exceptions=True)
        for result in results:
            if isinstance(result, MistralError):
                self.stats.inc_value("pricewatch/attributes/errors")
                logger.warning("mistral error on %s: %s", adapter.get("url"), result)
            elif isinstance(result, Exception):
                raise result
        return item

    def extract_attributes(self, adapter: ItemAdapter) -> None:
        page = {
            "title": adapter.get("title"),
            "specs": adapter.get("specs") or {},
            "description": truncate(adapter.get("description") or "", 5000),
        }
        response = self.mistral.chat.complete(
            model=self.attribute_model,
            messages=[
                {"role": "system", "content": ATTRIBUTES_SYSTEM},
                {"role": "user", "content": json.dumps(page, ensure_ascii=False)},
            ],
            temperature=0,
            response_format={"type": "json_object"},
        )
        self._count_usage(response)
        try:
            attrs: Dict[str, Any] = json.loads(response.choices[0].message.content)
        except (json.JSONDecodeError, TypeError):
            self.stats.inc_value("pricewatch/attributes/bad_json")
            return
        adapter["attributes"] = dict(list(attrs.items())[:MAX_ATTRIBUTES])

    async def _translate_title(self, adapter: ItemAdapter) -> None:
        response = await self.mistral.chat.complete_async(
            model=self.translate_model,
            messages=[
                {"role": "system", "content": TRANSLATE_SYSTEM},
                {"role": "user", "content": adapter["title"]},
            ],
            temperature=0,
            max_tokens=120,
        )
        self._count_usage(response)
        adapter["title_en"] = response.choices[0].message.content.strip().strip('"')

    def _count_usage(self, response) -> None:
        if response.usage:
            self.stats.inc_value("llm/mistral/input_tokens", response.usage.prompt_tokens or 0)
            self.stats.inc_value("llm/mistral/output_tokens", response.usage.completion_tokens or 0)
