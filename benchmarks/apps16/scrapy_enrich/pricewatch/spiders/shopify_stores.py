import json
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import urlparse

import scrapy
from w3lib.html import remove_tags

from pricewatch.items import ProductItem


class ShopifyStoresSpider(scrapy.Spider):
    """Crawls any Shopify storefront through its public /products.json feed."""

    name = "shopify_stores"
    custom_settings = {
        "CONCURRENT_REQUESTS_PER_DOMAIN": 2,
        "DOWNLOAD_DELAY": 1.0,
    }
    page_size = 250

    def __init__(self, stores=None, currency="EUR", *args, **kwargs):
        super().__init__(*args, **kwargs)
        if stores and Path(stores).exists():
            self.stores = [line.strip() for line in Path(stores).read_text().splitlines() if line.strip() and not line.startswith("#")]
        elif stores:
            self.stores = [s.strip() for s in stores.split(",")]
        else:
            self.stores = []
        self.currency = currency

    async def start(self):
        for request in self.start_requests():
            yield request

    def start_requests(self):
        for store in self.stores:
            base = store if store.startswith("http") else f"https://{store}"
            yield scrapy.Request(
                f"{base.rstrip('/')}/products.json?limit={self.page_size}&page=1",
                cb_kwargs={"base": base.rstrip("/"), "page": 1},
            )

    def parse(self, response, base, page):
        try:
            products = json.loads(response.text).get("products", [])
        except json.JSONDecodeError:
            self.logger.warning("not a Shopify feed: %s", response.url)
            return

        retailer = urlparse(base).netloc.replace("www.", "").split(".")[0]
        now = datetime.now(timezone.utc).isoformat()
        for product in products:
            for variant in product.get("variants", []):
                title = product["title"]
                if variant.get("title") and variant["title"] != "Default Title":
                    title = f"{title} - {variant['title']}"
                yield ProductItem(
                    retailer=retailer,
                    sku=str(variant.get("sku") or variant["id"]),
                    gtin=variant.get("barcode") or None,
                    url=f"{base}/products/{product['handle']}?variant={variant['id']}",
                    title=title,
                    brand=product.get("vendor"),
                    description=remove_tags(product.get("body_html") or ""),
                    breadcrumbs=[product.get("product_type")] if product.get("product_type") else [],
                    specs={o["name"]: variant.get(f"option{i + 1}") for i, o in enumerate(product.get("options", []))},
                    image_urls=[img["src"] for img in product.get("images", [])[:3]],
                    price=variant.get("price"),
                    list_price=variant.get("compare_at_price"),
                    currency=self.currency,
                    in_stock=bool(variant.get("available")),
                    scraped_at=now,
                )

        if len(products) == self.page_size:
            yield response.follow(
                f"{base}/products.json?limit={self.page_size}&page={page + 1}",
                callback=self.parse,
                cb_kwargs={"base": base, "page": page + 1},
            )
