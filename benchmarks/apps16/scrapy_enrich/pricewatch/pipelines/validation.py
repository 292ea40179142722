import logging
from datetime import datetime, timezone

from itemadapter import ItemAdapter
from scrapy.exceptions import DropItem

from pricewatch.items import ProductItem
from pricewatch.utils import clean_text, parse_price

logger = logging.getLogger(__name__)

REQUIRED_FIELDS = ("retailer", "sku", "url", "title")
KNOWN_CURRENCIES = {"EUR", "GBP", "USD", "PLN", "SEK", "CHF"}


class ValidationPipeline:
    """Normalises raw fields and drops items we can't use."""

    def __init__(self, stats):
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.stats)

    def process_item(self, item, spider):
        if not isinstance(item, ProductItem):
            return item

        adapter = ItemAdapter(item)
        missing = [f for f in REQUIRED_FIELDS if not adapter.get(f)]
        if missing:
            self.stats.inc_value("pricewatch/dropped/missing_fields")
            raise DropItem(f"missing {', '.join(missing)} on {adapter.get('url')}")

        adapter["title"] = clean_text(adapter["title"])
        adapter["description"] = clean_text(adapter.get("description"))
        adapter["brand"] = clean_text(adapter.get("brand")) or None

        for key in ("price", "list_price"):
            if adapter.get(key) is not None:
                adapter[key] = parse_price(adapter[key])

        currency = (adapter.get("currency") or "").upper()
        if currency and currency not in KNOWN_CURRENCIES:
            logger.warning("unexpected currency %r on %s", currency, adapter["url"])
        adapter["currency"] = currency or None

        adapter.setdefault("scraped_at", datetime.now(timezone.utc).isoformat())
        return item
