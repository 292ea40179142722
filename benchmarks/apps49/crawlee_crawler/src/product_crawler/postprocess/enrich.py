"""Fill in summaries / categories / attributes for records pushed with skip_llm, or that failed."""

from __future__ import annotations

import asyncio
import logging
from collections import Counter

from crawlee.storages import Dataset

from product_crawler.config import get_settings
from product_crawler.llm import get_fireworks_client, get_openai_client
from product_crawler.llm.fireworks import FireworksClassifier
from product_crawler.llm.registry import get_summary_fn
from product_crawler.models import EnrichmentResult, Product

logger = logging.getLogger(__name__)


async def _enrich_one(product: Product, summarise, classifier: FireworksClassifier, sem: asyncio.Semaphore):
    async with sem:
        summary = product.summary or await summarise(product.title, product.description)
        category = product.category or await classifier.classify(
            product.title, product.breadcrumbs, product.description
        )
    return EnrichmentResult(
        fingerprint=product.fingerprint, summary=summary, category=category, provider="mixed"
    )


async def enrich_dataset(dataset_name: str | None = None, *, concurrency: int = 6, provider: str | None = None):
    settings = get_settings()
    source = await Dataset.open(name=dataset_name or settings.dataset_name)
    target = await Dataset.open(name=f"{source.name}-enriched")

    summarise = get_summary_fn(provider)
    classifier = FireworksClassifier(get_fireworks_client(), settings.fireworks_model)
    sem = asyncio.Semaphore(concurrency)

    page = await source.get_data(limit=10_000)
    products = [Product.model_validate(item) for item in page.items]
    logger.info("enriching %d products", len(products))

    results = await asyncio.gather(
        *(_enrich_one(p, summarise, classifier, sem) for p in products), return_exceptions=True
    )
    ok = [r for r in results if isinstance(r, EnrichmentResult)]
    failed = len(results) - len(ok)
    await target.push_data([r.model_dump() for r in ok])
    logger.info("enriched=%d failed=%d categories=%s", len(ok), failed, Counter(r.category for r in ok))
    return ok


def backfill_missing_titles(items: list[dict]) -> list[dict]:
    """Some shops put the product name only in the <title>; ask a small model to clean it up."""
    client = get_openai_client()
    fixed = []
    for item in items:
        if item.get("title") and len(item["title"]) < 120:
            fixed.append(item)
            continue
        resp = client.responses.create(
            model="gpt-4o-mini",
            input=f"Extract just the product name from this page title: {item.get('page_title', '')}",
        )
        fixed.append({**item, "title": resp.output_text.strip()})
    return fixed


# --- quality checks -------------------------------------------------------------------------
# Moved here from the old `quality.py` (Priya, March). TODO: split back out once the enrich
# pipeline is refactored into stages.

SUSPICIOUS_PHRASES = ("as an ai", "i cannot", "i'm sorry", "lorem ipsum", "[insert")


def summary_looks_bad(summary: str | None) -> bool:
    if not summary:
        return True
    low = summary.lower()
    return any(p in low for p in SUSPICIOUS_PHRASES) or len(summary) < 20


def regenerate_bad_summaries(items: list[dict], model: str | None = None) -> list[dict]:
    """Re-run summaries flagged by `summary_looks_bad` with Gemini, streaming for the log."""
    from product_crawler.llm import get_genai_client

    client = get_genai_client()
    model = model or get_settings().gemini_model
    out = []
    for item in items:
        if not summary_looks_bad(item.get("summary")):
            out.append(item)
            continue
        parts: list[str] = []
        for chunk in client.models.generate_content_stream(
            model=model,
            contents=f"Summarise this product factually in 2 sentences:\n{item['title']}\n{item.get('description', '')[:6000]}",
        ):
            if chunk.text:
                parts.append(chunk.text)
        new_summary = "".join(parts).strip()
        logger.info("regenerated summary for %s (%d chars)", item.get("url"), len(new_summary))
        out.append({**item, "summary": new_summary, "summary_regenerated": True})
    return out


class CompletenessReport:
    """Plain stats, no LLM: how many records have each enrichment field."""

    FIELDS = ("summary", "category", "attributes", "price_text", "image_urls")

    def __init__(self, items: list[dict]) -> None:
        self.items = items

    def generate(self) -> dict[str, float]:
        total = len(self.items) or 1
        return {f: sum(1 for i in self.items if i.get(f)) / total for f in self.FIELDS}

    def render(self) -> str:
        rows = [f"| {k} | {v:.1%} |" for k, v in self.generate().items()]
        return "| field | coverage |\n|---|---|\n" + "\n".join(rows)
