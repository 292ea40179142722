"""Crawl-level extensions."""
import logging
import os
from collections import defaultdict

import requests
from mistralai.client import Mistral
from scrapy import signals
from scrapy.exceptions import NotConfigured
from together import Together

from pricewatch.services.llm_usage_tracker import PRICES

logger = logging.getLogger(__name__)

# crawler stats key prefix -> model used by that provider in the pipelines
DEFAULT_MODEL_BY_PROVIDER = {
    "gemini": "gemini-2.0-flash",
    "mistral": "mistral-small-latest",
    "deepseek": "deepseek-chat",
    "together": "meta-llama/Llama-3.3-70B-Instruct-Turbo",
}
MISTRAL_OCR_PER_PAGE_USD = 0.001


class CostReportExtension:
    """Estimates what a crawl spent on model calls and posts it to Slack.

    Pipelines add ``llm/<provider>/input_tokens`` / ``output_tokens`` to the crawl
    stats; calls made through llm_tracker are billed on the finops board instead
    and are not counted here.
    """

    def __init__(self, crawler, webhook_url, digest):
        self.crawler = crawler
        self.webhook_url = webhook_url
        self.digest = digest
        self.prices = dict(PRICES)
        self._together = None
        self._mistral = None

    @classmethod
    def from_crawler(cls, crawler):
        webhook = crawler.settings.get("COST_REPORT_SLACK_WEBHOOK")
        if not webhook and not crawler.settings.getbool("COST_REPORT_LOG_ONLY"):
            raise NotConfigured("no COST_REPORT_SLACK_WEBHOOK")
        ext = cls(crawler, webhook, crawler.settings.getbool("COST_REPORT_DIGEST"))
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def spider_opened(self, spider):
        api_key = os.environ.get("TOGETHER_API_KEY")
        if not api_key:
            return
        self._together = Together(api_key=api_key)
        try:
            for model in self._together.models.list():
                if model.pricing and model.pricing.input is not None:
                    self.prices.setdefault(model.id, (model.pricing.input, model.pricing.output or 0.0))
        except Exception:  # noqa: BLE001 - static prices are good enough
            logger.warning("could not refresh Together pricing", exc_info=True)

    def spider_closed(self, spider, reason):
        stats = self.crawler.stats.get_stats()
        per_provider = defaultdict(lambda: {"input": 0, "output": 0})
        for key, value in stats.items():
            parts = key.split("/")
            if len(parts) == 3 and parts[0] == "llm" and parts[2] in ("input_tokens", "output_tokens"):
                per_provider[parts[1]][parts[2].split("_")[0]] += int(value)

        lines = []
        total = 0.0
        for provider, tokens in sorted(per_provider.items()):
            model = DEFAULT_MODEL_BY_PROVIDER.get(provider, "")
            price_in, price_out = self.prices.get(model, (0.0, 0.0))
            cost = (tokens["input"] * price_in + tokens["output"] * price_out) / 1_000_000
            total += cost
            lines.append(f"• {provider}: {tokens['input']:,} in / {tokens['output']:,} out ≈ ${cost:.2f}")
        ocr_pages = stats.get("llm/mistral/ocr_pages", 0)
        if ocr_pages:
            total += ocr_pages * MISTRAL_OCR_PER_PAGE_USD
            lines.append(f"• mistral OCR: {ocr_pages} pages ≈ ${ocr_pages * MISTRAL_OCR_PER_PAGE_USD:.2f}")

        items = stats.get("item_scraped_count", 0)
        header = f"*{spider.name}* finished ({reason}): {items:,} items, est. LLM spend ${total:.2f}"
        text = "\n".join([header] + lines)
        logger.info(text)

        if self.digest and items:
            text += "\n\n" + self._digest(spider.name, text)
        if self.webhook_url:
            self._post(text)

    def _digest(self, spider_name, report):
        if self._mistral is None:
            self._mistral = Mistral(api_key=os.environ.get("MISTRAL_API_KEY", ""))
        try:
            res = self._mistral.chat.complete(
                model="mistral-small-latest",
                messages=[
                    {
                        "role": "system",
                        "content": "Write one sentence for a Slack channel commenting on a crawl cost "
                        "report: call out the most expensive provider and anything unusual.",
                    },
                    {"role": "user", "content": report},
                ],
                max_tokens=80,
            )
            return res.choices[0].message.content.strip()
        except Exception:  # noqa: BLE001
            logger.warning("cost digest failed for %s", spider_name, exc_info=True)
            return ""

    def _post(self, text):
        try:
            resp = requests.post(self.webhook_url, json={"text": text}, timeout=10)
            resp.raise_for_status()
        except requests.RequestException:
            logger.exception("failed to post cost report to Slack")
