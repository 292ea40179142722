"""Downloader and spider middlewares."""
from __future__ import annotations

import asyncio
import json
import logging
import random
import re

from google.genai import types
from itemadapter import ItemAdapter, is_item
from scrapy import signals
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.utils.defer import deferred_to_future
from twisted.internet import threads
from w3lib.html import remove_tags

from pricewatch.items import ProductItem
from pricewatch.llm.clients import get_deepseek_client, get_gemini_client
from pricewatch.llm.prompts import BLOCK_PAGE_PROMPT, PRICE_RECOVERY_SYSTEM
from pricewatch.utils import clean_text, parse_price, truncate

logger = logging.getLogger(__name__)


class RotatingProxyMiddleware:
    """Picks a proxy per request; proxies that get banned sit out for a while."""

    def __init__(self, proxies, stats):
        self.proxies = list(proxies)
        self.stats = stats
        self.benched = {}

    @classmethod
    def from_crawler(cls, crawler):
        proxies = crawler.settings.getlist("PROXY_POOL")
        if not proxies:
            raise NotConfigured("PROXY_POOL is empty")
        return cls(proxies, crawler.stats)

    def process_request(self, request, spider):
        if "proxy" in request.meta or request.meta.get("no_proxy"):
            return None
        available = [p for p in self.proxies if self.benched.get(p, 0) <= 0] or self.proxies
        request.meta["proxy"] = random.choice(available)
        return None

    def process_response(self, request, response, spider):
        proxy = request.meta.get("proxy")
        if proxy and response.status in (403, 429):
            self.benched[proxy] = 50
            self.stats.inc_value("pricewatch/proxy/benched")
        for p in list(self.benched):
            self.benched[p] -= 1
        return response


_BLOCK_MARKERS = re.compile(
    r"(captcha|access denied|are you a robot|unusual traffic|px-captcha|cf-chl|request unsuccessful)",
    re.IGNORECASE,
)
_PRODUCT_MARKERS = re.compile(r"(add to (cart|basket)|\"@type\"\s*:\s*\"Product\"|itemprop=\"price\")", re.IGNORECASE)


class BlockPageDetectorMiddleware:
    """Retries soft-blocked pages that come back as HTTP 200.

    Regexes catch the common vendors; for the rest we ask a small Gemini model,
    only when the page has neither block nor product markers.
    """

    def __init__(self, model, crawler):
        self.model = model
        self.crawler = crawler
        self.client = get_gemini_client()
        self.max_retries = crawler.settings.getint("RETRY_TIMES", 3)

    @classmethod
    def from_crawler(cls, crawler):
        model = crawler.settings.get("PRICEWATCH_BLOCK_DETECTOR_MODEL")
        if not model:
            raise NotConfigured
        mw = cls(model, crawler)
        crawler.signals.connect(mw.spider_opened, signal=signals.spider_opened)
        return mw

    def spider_opened(self, spider):
        logger.info("block page detector using %s", self.model)

    async def process_response(self, request, response, spider):
        if response.status != 200 or not hasattr(response, "text"):
            return response
        body = response.text
        if _PRODUCT_MARKERS.search(body):
            return response
        if _BLOCK_MARKERS.search(body[:20000]):
            return self._retry(request, response, "marker")

        page_text = truncate(clean_text(remove_tags(body)), 3000)
        prompt = BLOCK_PAGE_PROMPT.format(url=response.url, text=page_text)
        loop = asyncio.get_running_loop()
        try:
            answer = await loop.run_in_executor(
                None,
                lambda: self.client.models.generate_content(
                    model=self.model,
                    contents=prompt,
                    config=types.GenerateContentConfig(temperature=0.0, max_output_tokens=5),
                ),
            )
        except Exception:  # noqa: BLE001
            logger.debug("block detector call failed for %s", response.url, exc_info=True)
            return response
        if (answer.text or "").strip().upper().startswith("BLOCKED"):
            return self._retry(request, response, "llm")
        return response

    def _retry(self, request, response, reason):
        stats = self.crawler.stats
        stats.inc_value(f"pricewatch/blocked/{reason}")
        retries = request.meta.get("block_retry_times", 0) + 1
        if retries > self.max_retries:
            raise IgnoreRequest(f"still blocked after {self.max_retries} retries: {response.url}")
        new_request = request.replace(dont_filter=True)
        new_request.meta["block_retry_times"] = retries
        new_request.meta.pop("proxy", None)
        return new_request


class MissingPriceRecoveryMiddleware:
    """Spider middleware: fills in the price when the spider's selectors found none."""

    def __init__(self, model, stats):
        self.model = model
        self.stats = stats
        self._llm = get_deepseek_client()

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.settings.get("PRICEWATCH_PRICE_RECOVERY_MODEL", "deepseek-chat"), crawler.stats)

    async def process_spider_output(self, response, result, spider):
        async for entry in result:
            if is_item(entry) and isinstance(entry, ProductItem) and ItemAdapter(entry).get("price") is None:
                await self._recover(response, ItemAdapter(entry))
            yield entry

    async def _recover(self, response, adapter):
        text = truncate(clean_text(remove_tags(response.text)), 8000)
        d = threads.deferToThread(
            self._llm.chat.completions.create,
            model=self.model,
            messages=[
                {"role": "system", "content": PRICE_RECOVERY_SYSTEM},
                {"role": "user", "content": text},
            ],
            response_format={"type": "json_object"},
            temperature=0,
        )
        try:
            completion = await deferred_to_future(d)
            data = json.loads(completion.choices[0].message.content or "{}")
        except Exception as exc:  # noqa: BLE001
            logger.info("price recovery failed for %s: %s", response.url, exc)
            self.stats.inc_value("pricewatch/price_recovery/failed")
            return
        price = parse_price(data.get("price"))
        if price is not None:
            adapter["price"] = price
            adapter["currency"] = adapter.get("currency") or data.get("currency")
            self.stats.inc_value("pricewatch/price_recovery/recovered")
        self.stats.inc_value("llm/deepseek/input_tokens", completion.usage.prompt_tokens)
        self.stats.inc_value("llm/deepseek/output_tokens", completion.usage.completion_tokens)
