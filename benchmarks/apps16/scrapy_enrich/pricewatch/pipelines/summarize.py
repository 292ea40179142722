"""Two-sentence analyst summaries (DeepSeek).

TODO(#212): move everything to the tracked path. For now only the retailers in
PRICEWATCH_TRACKED_RETAILERS go through llm_tracker; the rest still report
tokens to crawler stats only (picked up by CostReportExtension).
"""
from __future__ import annotations

import logging
from typing import List

import openai
from itemadapter import ItemAdapter
from scrapy.exceptions import NotConfigured

from pricewatch.items import ProductItem
from pricewatch.llm.clients import get_async_deepseek_client
from pricewatch.llm.prompts import SUMMARY_SYSTEM
from pricewatch.services.llm_usage_tracker import llm_tracker
from pricewatch.utils import truncate

logger = logging.getLogger(__name__)


class SummaryPipeline:
    def __init__(self, model: str, tracked_retailers: List[str], stats):
        self.model = model
        self.tracked_retailers = set(tracked_retailers)
        self.stats = stats
        self.client = None

    @classmethod
    def from_crawler(cls, crawler):
        if not crawler.settings.getbool("PRICEWATCH_SUMMARIES_ENABLED"):
            raise NotConfigured("summaries disabled")
        return cls(
            model=crawler.settings.get("PRICEWATCH_SUMMARY_MODEL", "deepseek-chat"),
            tracked_retailers=crawler.settings.getlist("PRICEWATCH_TRACKED_RETAILERS"),
            stats=crawler.stats,
        )

    def open_spider(self, spider):
        self.client = get_async_deepseek_client()

    async def close_spider(self, spider):
        if self.client is not None:
            await self.client.close()

    async def process_item(self, item, spider):
        if not isinstance(item, ProductItem):
            return item
        adapter = ItemAdapter(item)
        if adapter.get("summary") or not adapter.get("description"):
            return item

        messages = self._build_messages(adapter)
        try:
            if adapter["retailer"] in self.tracked_retailers:
                adapter["summary"] = await self._summarise_tracked(messages)
            else:
                adapter["summary"] = await self._summarise(messages)
        except openai.APIError as exc:
            # a missing summary is not worth losing the price point
            self.stats.inc_value("pricewatch/summary/errors")
            logger.warning("summary failed for %s: %s", adapter["url"], exc)
        return item

    def _build_messages(self, adapter: ItemAdapter):
        specs = adapter.get("specs") or {}
        spec_lines = "\n".join(f"- {k}: {v}" for k, v in list(specs.items())[:30])
        return [
            {"role": "system", "content": SUMMARY_SYSTEM},
            {
                "role": "user",
                "content": f"Title: {adapter['title']}\nBrand: {adapter.get('brand') or '-'}\n"
                f"Specs:\n{spec_lines}\n\nDescription:\n{truncate(adapter['description'], 6000)}",
            },
        ]

    async def _summarise(self, messages) -> str:
        completion = await self.client.chat.completions.create(
            model=self.model,
            messages=messages,
            temperature=0.3,
            max_tokens=200,
        )
        self.stats.inc_value("llm/deepseek/input_tokens", completion.usage.prompt_tokens)
        self.stats.inc_value("llm/deepseek/output_tokens", completion.usage.completion_tokens)
        return completion.choices[0].message.content.strip()

    async def _summarise_tracked(self, messages) -> str:
        async with llm_tracker.track_llm_call(
            provider="deepseek",
            model=self.model,
            feature_context="product_summary",
        ) as usage_log:
            completion = await self.client.chat.completions.create(
                model=self.model,
                messages=messages,
                temperature=0.3,
                max_tokens=200,
            )
            usage_log.input_tokens = completion.usage.prompt_tokens
            usage_log.output_tokens = completion.usage.completion_tokens
        return completion.choices[0].message.content.strip()
