import asyncio
import logging

from itemadapter import ItemAdapter

from pricewatch.enrichment import EnrichmentError, load_enrichers
from pricewatch.items import ProductItem

logger = logging.getLogger(__name__)


class EnrichmentPipeline:
    """Runs the new-style enrichers configured in PRICEWATCH_ENRICHERS."""

    def __init__(self, enrichers, stats):
        self.enrichers = enrichers
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler):
        names = crawler.settings.getlist("PRICEWATCH_ENRICHERS")
        return cls(load_enrichers(names, crawler.settings), crawler.stats)

    async def process_item(self, item, spider):
        if not isinstance(item, ProductItem):
            return item
        adapter = ItemAdapter(item)
        active = [e for e in self.enrichers if e.applies_to(adapter)]
        if not active:
            return item

        results = await asyncio.gather(*(e.enrich(adapter) for e in active), return_exceptions=True)
        merged = dict(adapter.get("enrichment") or {})
        for enricher, result in zip(active, results):
            if isinstance(result, EnrichmentError):
                self.stats.inc_value(f"pricewatch/enrichment/{enricher.name}/errors")
                logger.warning("%s enricher: %s", enricher.name, result)
            elif isinstance(result, Exception):
                self.stats.inc_value(f"pricewatch/enrichment/{enricher.name}/crashes")
                logger.error("%s enricher crashed on %s", enricher.name, adapter.get("url"), exc_info=result)
            else:
                merged.update(result)
        adapter["enrichment"] = merged
        return item
