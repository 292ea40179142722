"""Confluence knowledge-base articles -> chunks -> embeddings."""
from __future__ import annotations

import logging
from typing import Iterator, Sequence

import dlt
import voyageai
from dlt.sources.helpers import requests

from enrichment import get_embedder, get_openai_client
from enrichment import settings
from enrichment.embed import count_voyage_tokens
from utils.text import chunk_text, content_hash, strip_html

logger = logging.getLogger(__name__)

CONFLUENCE_URL = "https://acme.atlassian.net/wiki/rest/api"

# Contextualized chunk embeddings (voyage-context-3) are still being evaluated by
# the search team; this client is only used by `contextual_embeddings` below.
_voyage_ctx = voyageai.Client(api_key=dlt.secrets.get("enrichment.voyage.api_key"))


@dlt.resource(name="kb_articles", primary_key="id", write_disposition="merge")
def kb_articles(
    space_keys: list[str] = dlt.config.value,
    confluence_token: str = dlt.secrets.value,
    last_modified=dlt.sources.incremental("version.when", initial_value="2023-01-01T00:00:00.000Z"),
) -> Iterator[list[dict]]:
    headers = {"Authorization": f"Bearer {confluence_token}"}
    for key in space_keys:
        start = 0
        while True:
            resp = requests.get(
                f"{CONFLUENCE_URL}/content",
                headers=headers,
                params={"spaceKey": key, "expand": "body.storage,version", "start": start, "limit": 50},
                timeout=30,
            )
            resp.raise_for_status()
            results = resp.json()["results"]
            if not results:
                break
            yield [
                {
                    "id": r["id"],
                    "space_key": key,
                    "title": r["title"],
                    "version": r["version"],
                    "text": strip_html(r["body"]["storage"]["value"]),
                }
                for r in results
            ]
            start += len(results)


@dlt.transformer(name="kb_chunks", primary_key="chunk_id", write_disposition="merge")
def kb_chunks(articles: Sequence[dict], chunk_size: int = 1200, chunk_overlap: int = 150):
    for article in articles:
        for idx, text in chunk_text(article["text"], chunk_size, chunk_overlap):
            yield {
                "chunk_id": f"{article['id']}:{idx}",
                "article_id": article["id"],
                "title": article["title"],
                "text": text,
                "content_hash": content_hash(article["id"], text),
            }


@dlt.transformer(name="kb_embeddings", primary_key="chunk_id", write_disposition="merge")
def kb_embeddings(chunks: Sequence[dict], embedding_provider: str = "openai"):
    chunks = list(chunks)
    texts = [f"{c['title']}\n\n{c['text']}" for c in chunks]
    if embedding_provider == "voyage" and count_voyage_tokens(texts) > 120_000:
        logger.warning("batch too large for voyage, falling back to openai")
        embedding_provider = "openai"
    vectors = get_embedder(embedding_provider)(texts)
    for chunk, vec in zip(chunks, vectors):
        yield {"chunk_id": chunk["chunk_id"], "provider": embedding_provider, "embedding": vec}


@dlt.transformer(name="kb_title_embeddings", primary_key="article_id", write_disposition="merge")
def kb_title_embeddings(articles: Sequence[dict]):
    """Cheap title-only vectors used for the 'related articles' widget."""
    resp = get_openai_client().embeddings.create(
        model=settings.embedding_model(),
        input=[a["title"] for a in articles],
        dimensions=256,
    )
    for article, item in zip(articles, resp.data):
        yield {"article_id": article["id"], "title_embedding": item.embedding}


@dlt.transformer(name="kb_contextual_embeddings", primary_key="chunk_id")
def contextual_embeddings(chunks: Sequence[dict]):
    by_article: dict[str, list[dict]] = {}
    for c in chunks:
        by_article.setdefault(c["article_id"], []).append(c)
    ordered = list(by_article.values())
    result = _voyage_ctx.contextualized_embed(
        inputs=[[c["text"] for c in group] for group in ordered],
        model="voyage-context-3",
        input_type="document",
    )
    for group, res in zip(ordered, result.results):
        for chunk, vec in zip(group, res.embeddings):
            yield {"chunk_id": chunk["chunk_id"], "embedding": vec}


@dlt.source(name="knowledge_base")
def knowledge_base(embedding_provider: str = dlt.config.value, contextual: bool = False):
    articles = kb_articles()
    chunks = articles | kb_chunks()
    embed_step = contextual_embeddings if contextual else kb_embeddings(embedding_provider=embedding_provider)
    return articles, chunks, chunks | embed_step, articles | kb_title_embeddings
