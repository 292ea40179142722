"""Marketplace listings (third-party sellers).

Listings are messy: sellers put variants ("16GB/512GB Silver", "pack of 3")
in free text. The spider asks DeepSeek to split them into rows when the
structured variant selector is missing.
"""
import json
import logging

import scrapy
from openai import APIError

from pricewatch.items import ProductItem
from pricewatch.llm.clients import get_deepseek_client
from pricewatch.utils import clean_text, truncate

logger = logging.getLogger(__name__)

VARIANT_SPLIT_PROMPT = (
    "The listing below may offer several variants in one page. Return JSON "
    '{"variants": [{"label": str, "price": number|null, "pack_size": int|null}]}. '
    "Return an empty list if there is only one variant."
)


class MarketplaceSpider(scrapy.Spider):
    name = "marketplace"
    allowed_domains = ["marketplace.example-retail.eu"]
    custom_settings = {"CONCURRENT_REQUESTS_PER_DOMAIN": 2}

    def __init__(self, category="laptops", max_pages=20, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.category = category
        self.max_pages = int(max_pages)
        self.llm = None
        self.variant_model = "deepseek-chat"

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.llm = get_deepseek_client()
        spider.variant_model = crawler.settings.get("PRICEWATCH_SUMMARY_MODEL", "deepseek-chat")
        return spider

    def start_requests(self):
        yield scrapy.Request(
            f"https://marketplace.example-retail.eu/c/{self.category}?page=1",
            cb_kwargs={"page": 1},
        )

    def parse(self, response, page):
        for href in response.css("article.listing-card a.listing-link::attr(href)").getall():
            yield response.follow(href, callback=self.parse_listing)
        if page < self.max_pages and response.css("a[rel=next]"):
            yield response.follow(
                response.css("a[rel=next]::attr(href)").get(),
                callback=self.parse,
                cb_kwargs={"page": page + 1},
            )

    def parse_listing(self, response):
        base = ProductItem(
            retailer="marketplace",
            sku=response.css("[data-listing-id]::attr(data-listing-id)").get(),
            url=response.url,
            title=clean_text(response.css("h1::text").get()),
            brand=clean_text(response.css("[itemprop=brand]::text").get()) or None,
            description=clean_text(" ".join(response.css("#description ::text").getall())),
            breadcrumbs=[clean_text(t) for t in response.css("nav.breadcrumbs a::text").getall()],
            price=response.css("[itemprop=price]::attr(content)").get(),
            currency=response.css("[itemprop=priceCurrency]::attr(content)").get(),
            in_stock=response.css("[itemprop=availability]::attr(href)").get("").endswith("InStock"),
        )
        if response.css("select.variant-selector"):
            yield from self._structured_variants(response, base)
            return

        variants = self._split_variants(base)
        if not variants:
            yield base
            return
        for i, variant in enumerate(variants):
            item = base.copy()
            item["sku"] = f"{base['sku']}-v{i}"
            item["title"] = f"{base['title']} ({variant.get('label')})"
            if variant.get("price") is not None:
                item["price"] = variant["price"]
            yield item

    def _structured_variants(self, response, base):
        for option in response.css("select.variant-selector option"):
            item = base.copy()
            item["sku"] = option.attrib.get("value")
            item["title"] = f"{base['title']} ({clean_text(option.css('::text').get())})"
            item["price"] = option.attrib.get("data-price")
            yield item

    def _split_variants(self, item):
        try:
            raw = self.llm.chat.completions.with_raw_response.create(
                model=self.variant_model,
                messages=[
                    {"role": "system", "content": VARIANT_SPLIT_PROMPT},
                    {"role": "user", "content": f"{item['title']}\n\n{truncate(item['description'] or '', 4000)}"},
                ],
                response_format={"type": "json_object"},
                temperature=0,
            )
        except APIError as exc:
            logger.warning("variant split failed on %s: %s", item["url"], exc)
            return []
        completion = raw.parse()
        self.crawler.stats.inc_value("llm/deepseek/input_tokens", completion.usage.prompt_tokens)
        self.crawler.stats.inc_value("llm/deepseek/output_tokens", completion.usage.completion_tokens)
        logger.debug("variant split request %s", raw.headers.get("x-request-id"))
        try:
            return json.loads(completion.choices[0].message.content).get("variants", [])
        except (TypeError, ValueError, AttributeError):
            return []
