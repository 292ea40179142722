"""Category classification (Gemini, with Mistral as fallback when Gemini is rate limited)."""
from __future__ import annotations

import json
import logging
from typing import Optional

from google.genai import errors as genai_errors
from google.genai import types
from itemadapter import ItemAdapter
from pydantic import BaseModel, Field
from scrapy.exceptions import NotConfigured
from twisted.internet import threads

from pricewatch.items import ProductItem
from pricewatch.llm.clients import get_gemini_client, get_mistral_client
from pricewatch.llm.prompts import CATEGORY_TAXONOMY, CLASSIFY_SYSTEM, CLASSIFY_USER
from pricewatch.utils import call_with_backoff, loads_model_json, truncate

logger = logging.getLogger(__name__)


class CategoryPrediction(BaseModel):
    category: str
    confidence: float = Field(ge=0.0, le=1.0)


class CategoryClassifierPipeline:
    def __init__(self, model: str, fallback_model: Optional[str], stats):
        self.model = model
        self.fallback_model = fallback_model
        self.stats = stats
        self.client = None
        self._fallback = None

    @classmethod
    def from_crawler(cls, crawler):
        model = crawler.settings.get("PRICEWATCH_CLASSIFIER_MODEL")
        if not model:
            raise NotConfigured("PRICEWATCH_CLASSIFIER_MODEL is empty")
        return cls(
            model=model,
            fallback_model=crawler.settings.get("PRICEWATCH_CLASSIFIER_FALLBACK_MODEL"),
            stats=crawler.stats,
        )

    def open_spider(self, spider):
        self.client = get_gemini_client()
        if self.fallback_model:
            self._fallback = get_mistral_client()

    def process_item(self, item, spider):
        if not isinstance(item, ProductItem) or ItemAdapter(item).get("category"):
            return item
        d = threads.deferToThread(self._classify, ItemAdapter(item))
        d.addCallback(lambda _: item)
        return d

    # runs in the reactor thread pool
    def _classify(self, adapter: ItemAdapter) -> None:
        prompt = CLASSIFY_USER.format(
            taxonomy=", ".join(CATEGORY_TAXONOMY),
            title=adapter.get("title"),
            brand=adapter.get("brand") or "-",
            breadcrumbs=" > ".join(adapter.get("breadcrumbs") or []),
            description=truncate(adapter.get("description") or "", 3000),
        )
        try:
            prediction = self._classify_gemini(prompt)
        except genai_errors.APIError as exc:
            if exc.code != 429 or self._fallback is None:
                raise
            self.stats.inc_value("pricewatch/classify/fallback")
            prediction = self._classify_mistral(prompt)

        if prediction.category not in CATEGORY_TAXONOMY:
            logger.info("model returned off-taxonomy category %r for %s", prediction.category, adapter.get("url"))
            prediction = CategoryPrediction(category="other", confidence=0.0)

        adapter["category"] = prediction.category
        adapter["category_confidence"] = prediction.confidence
        self.stats.inc_value(f"pricewatch/classify/{prediction.category}")

    def _classify_gemini(self, prompt: str) -> CategoryPrediction:
        response = call_with_backoff(
            self.client.models.generate_content,
            model=self.model,
            contents=prompt,
            config=types.GenerateContentConfig(
                system_instruction=CLASSIFY_SYSTEM,
                temperature=0.0,
                response_mime_type="application/json",
                response_schema=CategoryPrediction,
            ),
            retry_on=(genai_errors.ServerError,),
        )
        usage = response.usage_metadata
        if usage is not None:
            self.stats.inc_value("llm/gemini/input_tokens", usage.prompt_token_count or 0)
            self.stats.inc_value("llm/gemini/output_tokens", usage.candidates_token_count or 0)
        if response.parsed is not None:
            return response.parsed
        return CategoryPrediction(**loads_model_json(response.text))

    def _classify_mistral(self, prompt: str) -> CategoryPrediction:
        res = self._fallback.chat.complete(
            model=self.fallback_model,
            messages=[
                {"role": "system", "content": CLASSIFY_SYSTEM},
                {"role": "user", "content": prompt},
            ],
            temperature=0.0,
            response_format={"type": "json_object"},
        )
        self.stats.inc_value("llm/mistral/input_tokens", res.usage.prompt_tokens)
        self.stats.inc_value("llm/mistral/output_tokens", res.usage.completion_tokens)
        try:
            return CategoryPrediction(**json.loads(res.choices[0].message.content))
        except (ValueError, TypeError):
            logger.warning("unparseable fallback classification: %r", res.choices[0].message.content)
            return CategoryPrediction(category="other", confidence=0.0)
