"""Search indexing jobs. Still on huey -- moving to django-q2 is PLAT-412.

TODO(mara): port to django_q once the Redis box is retired.
"""
import logging

import voyageai
from django.conf import settings
from huey import crontab
from huey.contrib.djhuey import db_periodic_task, db_task, lock_task

from core.llm import gemini_embed
from listings.models import Listing

from . import services

logger = logging.getLogger(__name__)

BATCH = 64


def _document_text(listing: Listing) -> str:
    return f"{listing.title}\n{listing.summary_line}\n{listing.description}\n{listing.market_note}"


@db_task(retries=2, retry_delay=60)
def reindex_listings(listing_ids: list[int]) -> int:
    listings = list(Listing.objects.filter(pk__in=listing_ids))
    vectors = services.embed_documents([_document_text(l) for l in listings])
    for listing, vector in zip(listings, vectors):
        services.upsert_listing_vector(listing.pk, vector)
    return len(listings)


@db_periodic_task(crontab(hour="3", minute="15"))
@lock_task("nightly-reindex")
def nightly_full_reindex():
    # Uses a dedicated client with a long timeout; the app-config one is tuned for requests.
    client = voyageai.Client(api_key=settings.VOYAGE_API_KEY, timeout=600, max_retries=5)
    ids = list(Listing.objects.filter(status=Listing.Status.ACTIVE).values_list("pk", flat=True))
    for start in range(0, len(ids), BATCH):
        chunk = list(Listing.objects.filter(pk__in=ids[start : start + BATCH]))
        result = client.embed(
            [_document_text(l) for l in chunk],
            model=settings.LLM_FEATURES["search_embeddings"]["model"],
            input_type="document",
            output_dimension=settings.EMBEDDING_DIMENSIONS,
        )
        for listing, vector in zip(chunk, result.embeddings):
            services.upsert_listing_vector(listing.pk, vector)
        logger.info("reindexed %d/%d (%s tokens)", start + len(chunk), len(ids), result.total_tokens)


@db_task()
def reindex_with_gemini_fallback(listing_ids: list[int]) -> int:
    """Used during the Voyage outage in May; kept around as a manual lever."""
    listings = list(Listing.objects.filter(pk__in=listing_ids))
    vectors = gemini_embed([_document_text(l) for l in listings])
    for listing, vector in zip(listings, vectors):
        services.upsert_listing_vector(listing.pk, vector)
    return len(listings)

