"""Turns weekly flyer pages into promotion rows.

PDF flyers go through Mistral OCR (cheaper per page, keeps tables), single
JPEG/PNG pages go to Gemini vision with the extraction prompt directly.
"""
from __future__ import annotations

import base64
import json
import logging
from typing import Any, Dict, List

from google.genai import types
from itemadapter import ItemAdapter
from twisted.internet import threads

from pricewatch.items import FlyerPageItem
from pricewatch.llm import get_gemini_client, get_mistral_client
from pricewatch.llm.prompts import FLYER_PROMPT
from pricewatch.utils import loads_model_json

logger = logging.getLogger(__name__)


class FlyerOCRPipeline:
    def __init__(self, ocr_model: str, vision_model: str, stats):
        self.ocr_model = ocr_model
        self.vision_model = vision_model
        self.stats = stats
        self.mistral = None
        self.gemini = None

    @classmethod
    def from_crawler(cls, crawler):
        return cls(
            crawler.settings.get("PRICEWATCH_OCR_MODEL", "mistral-ocr-latest"),
            crawler.settings.get("PRICEWATCH_FLYER_VISION_MODEL", "gemini-2.5-flash"),
            crawler.stats,
        )

    def open_spider(self, spider):
        if getattr(spider, "handles_flyers", False):
            self.mistral = get_mistral_client()
            self.gemini = get_gemini_client()

    def process_item(self, item, spider):
        if not isinstance(item, FlyerPageItem):
            return item
        d = threads.deferToThread(self._extract, ItemAdapter(item))
        d.addCallback(lambda _: item)
        return d

    def _extract(self, adapter: ItemAdapter) -> None:
        content_type = (adapter.get("content_type") or "").split(";")[0].strip()
        if content_type == "application/pdf":
            promotions = self._from_pdf(adapter)
        elif content_type.startswith("image/"):
            promotions = self._from_image(adapter, content_type)
        else:
            logger.info("skipping flyer page %s with content type %r", adapter.get("url"), content_type)
            return
        adapter["promotions"] = promotions
        self.stats.inc_value("pricewatch/flyers/promotions", len(promotions))

    def _from_pdf(self, adapter: ItemAdapter) -> List[Dict[str, Any]]:
        encoded = base64.b64encode(adapter["body"]).decode("ascii")
        ocr = self.mistral.ocr.process(
            model=self.ocr_model,
            document={
                "type": "document_url",
                "document_url": f"data:application/pdf;base64,{encoded}",
            },
            document_annotation_prompt=FLYER_PROMPT,
            document_annotation_format={"type": "json_object"},
            include_image_base64=False,
        )
        self.stats.inc_value("llm/mistral/ocr_pages", len(ocr.pages))
        if not ocr.document_annotation:
            return []
        data = json.loads(ocr.document_annotation)
        return data if isinstance(data, list) else data.get("promotions", [])

    def _from_image(self, adapter: ItemAdapter, mime_type: str) -> List[Dict[str, Any]]:
        response = self.gemini.models.generate_content(
            model=self.vision_model,
            contents=[
                types.Part.from_bytes(data=adapter["body"], mime_type=mime_type),
                FLYER_PROMPT,
            ],
            config=types.GenerateContentConfig(response_mime_type="application/json", temperature=0.0),
        )
        usage = response.usage_metadata
        if usage is not None:
            self.stats.inc_value("llm/gemini/input_tokens", usage.prompt_token_count or 0)
            self.stats.inc_value("llm/gemini/output_tokens", usage.candidates_token_count or 0)
        data = loads_model_json(response.text)
        return data if isinstance(data, list) else []
