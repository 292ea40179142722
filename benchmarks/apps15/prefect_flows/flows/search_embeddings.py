"""Nightly search-index embeddings."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Dict, List, Optional

from prefect import flow, task
from prefect.task_runners import ConcurrentTaskRunner
from prefect.variables import Variable

from lib.clients import gemini_client, get_async_cohere
from lib.logging_utils import get_logger
from lib.schemas import EmbeddingRecord, Listing
from lib.settings import settings
from lib.storage import ArtefactStore
from lib.textutils import batched
from lib.warehouse import connect, fetch_listings_changed_since
from tasks.embeddings import (
    embed_similar_items,
    embed_with_cohere,
    embed_with_gemini,
    embed_with_mistral,
    push_vectors,
)


@task
def check_embedding_model() -> None:
    """Fail fast if the configured Gemini embedding model was renamed/retired."""
    wanted = settings.gemini_embed_model
    available = {m.name.split("/")[-1] for m in gemini_client().models.list(config={"page_size": 200})}
    if wanted not in available:
        raise RuntimeError(f"embedding model {wanted!r} not available; got {sorted(available)[:10]}...")


@task
def popular_queries(limit: int = 5_000) -> List[str]:
    with connect() as conn:
        rows = conn.execute(
            "select query from search.query_stats where day > current_date - 7"
            " group by query order by sum(searches) desc limit %s",
            (limit,),
        ).fetchall()
    return [r["query"] for r in rows]


@task(retries=2, retry_delay_seconds=30, tags=["cohere"])
async def embed_suggestions(queries: List[str]) -> List[Dict]:
    co = get_async_cohere()
    out: List[Dict] = []
    for batch in batched(queries, 96):
        resp = await co.embed(
            model=settings.cohere_embed_model,
            texts=batch,
            input_type="search_query",
            embedding_types=["float"],
        )
        out.extend({"id": q, "query": q, "embedding": v} for q, v in zip(batch, resp.embeddings.float_ or []))
    return out


def _split_by_locale(listings: List[Listing]) -> Dict[str, List[Listing]]:
    en = [l for l in listings if l.locale == "en"]
    other = [l for l in listings if l.locale != "en"]
    return {"en": en, "other": other}


@flow(name="search-embeddings", task_runner=ConcurrentTaskRunner())
def search_embeddings(hours: int = 26, since: Optional[datetime] = None, full_rebuild: bool = False) -> Dict[str, int]:
    log = get_logger()
    check_embedding_model()
    since = datetime(2015, 1, 1, tzinfo=timezone.utc) if full_rebuild else (
        since or datetime.now(timezone.utc) - timedelta(hours=hours)
    )
    listings = fetch_listings_changed_since(since, limit=2_000_000 if full_rebuild else 200_000)
    split = _split_by_locale(listings)
    log.info("embedding %d listings (%d non-English)", len(listings), len(split["other"]))

    gemini_f = embed_with_gemini.submit(listings)
    cohere_f = embed_with_cohere.submit(split["other"]) if split["other"] else None
    similar_f = embed_similar_items.submit(listings)
    mistral_f = None
    if Variable.get("mistral_embeddings_ab", default="off") == "on":
        mistral_f = embed_with_mistral.submit(listings)

    counts: Dict[str, int] = {}
    gemini_vectors: List[EmbeddingRecord] = gemini_f.result()
    counts["listings_v3"] = push_vectors(gemini_vectors, settings.typesense_collection)
    if cohere_f is not None:
        counts["listings_ml"] = push_vectors(cohere_f.result(), "listings_ml")
    counts["similar_items"] = push_vectors(similar_f.result(), "similar_items")
    if mistral_f is not None:
        ab = mistral_f.result()
        ArtefactStore(prefix="search-embeddings").put_jsonl("mistral_ab", [r.model_dump() for r in ab])
        counts["mistral_eval"] = len(ab)

    suggestions = embed_suggestions(popular_queries())
    ArtefactStore(prefix="search-embeddings").put_jsonl("query_suggestions", suggestions)
    counts["query_suggestions"] = len(suggestions)
    return counts
