"""Post-processing over the crawled dataset (runs after the crawl, outside request handlers)."""

from product_crawler.postprocess.dedupe import find_near_duplicates
from product_crawler.postprocess.enrich import enrich_dataset

__all__ = ["enrich_dataset", "find_near_duplicates"]
