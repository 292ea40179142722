"""Structured field extraction (brand, price, dimensions...) using OpenAI structured outputs."""

from __future__ import annotations

import json
import logging

from openai import OpenAI

from product_crawler.llm import get_async_openai_client, openai_client
from product_crawler.llm.prompts import build_extraction_messages
from product_crawler.models import ProductAttributes

logger = logging.getLogger(__name__)


class AttributeExtractor:
    def __init__(self, model: str = "gpt-4o-2024-08-06") -> None:
        self.model = model
        self.client = get_async_openai_client()

    async def extract(self, url: str, text: str) -> ProductAttributes | None:
        completion = await self.client.chat.completions.parse(
            model=self.model,
            messages=build_extraction_messages(url, text),
            response_format=ProductAttributes,
            temperature=0,
        )
        message = completion.choices[0].message
        if message.refusal:
            logger.warning("extraction refused for %s: %s", url, message.refusal)
            return None
        return message.parsed

    async def extract_with_responses_api(self, url: str, text: str) -> ProductAttributes | None:
        """Newer Responses API path; behind a flag until we finish comparing quality."""
        msgs = build_extraction_messages(url, text)
        response = await self.client.responses.parse(
            model=self.model,
            instructions=msgs[0]["content"],
            input=msgs[1]["content"],
            text_format=ProductAttributes,
        )
        return response.output_parsed


def extract_sync(url: str, text: str, model: str = "gpt-4o-mini") -> dict:
    """Sync JSON-mode extraction, used by the backfill script (no event loop there)."""
    client: OpenAI = openai_client()
    completion = client.chat.completions.create(
        model=model,
        messages=build_extraction_messages(url, text),
        response_format={"type": "json_object"},
    )
    try:
        return json.loads(completion.choices[0].message.content or "{}")
    except json.JSONDecodeError:
        logger.exception("bad JSON from extractor for %s", url)
        return {}


def parse_price(raw: str | None) -> float | None:
    if not raw:
        return None
    cleaned = "".join(ch for ch in raw if ch.isdigit() or ch in ".,").replace(",", ".")
    if cleaned.count(".") > 1:
        head, _, tail = cleaned.rpartition(".")
        cleaned = head.replace(".", "") + "." + tail
    try:
        return float(cleaned)
    except ValueError:
        return None


class ExtractionCache:
    """In-memory + JSON-file cache keyed by page hash, so re-crawls don't re-pay for extraction."""

    def __init__(self, path: str | None = None) -> None:
        self.path = path
        self._data: dict[str, dict] = {}
        if path:
            try:
                with open(path) as fh:
                    self._data = json.load(fh)
            except FileNotFoundError:
                pass

    @staticmethod
    def key(url: str, text: str) -> str:
        import hashlib

        return hashlib.sha256(f"{url}\n{text}".encode()).hexdigest()[:24]

    def get(self, url: str, text: str) -> dict | None:
        return self._data.get(self.key(url, text))

    def put(self, url: str, text: str, attrs: dict) -> None:
        self._data[self.key(url, text)] = attrs

    def flush(self) -> None:
        if self.path:
            with open(self.path, "w") as fh:
                json.dump(self._data, fh)


class CachedAttributeExtractor(AttributeExtractor):
    def __init__(self, cache: ExtractionCache, model: str = "gpt-4o-2024-08-06") -> None:
        super().__init__(model)
        self.cache = cache

    async def extract(self, url: str, text: str) -> ProductAttributes | None:
        hit = self.cache.get(url, text)
        if hit is not None:
            return ProductAttributes.model_validate(hit)
        attrs = await super().extract(url, text)
        if attrs is not None:
            self.cache.put(url, text, attrs.model_dump())
        return attrs
