import io
import json
import logging
from typing import Optional

from celery import shared_task
from django.apps import apps
from django.conf import settings
from django.db import transaction
from openai import OpenAI

from core.llm.helpers import chunked

from .embeddings import chunk_text, embed_with_fallback
from .models import Article, ArticleChunk, EmbeddingJob

logger = logging.getLogger(__name__)

_client: Optional[OpenAI] = None


def _openai() -> OpenAI:
    global _client
    if _client is None:
        _client = OpenAI(api_key=settings.OPENAI_API_KEY, timeout=60)
    return _client


@shared_task
def embed_article(article_id: int):
    article = Article.objects.get(pk=article_id)
    pieces = chunk_text(article.body)
    model_name, vectors = embed_with_fallback(pieces)
    with transaction.atomic():
        ArticleChunk.objects.filter(article=article).delete()
        ArticleChunk.objects.bulk_create(
            ArticleChunk(article=article, position=i, text=t, embedding=v, embedding_model=model_name)
            for i, (t, v) in enumerate(zip(pieces, vectors))
        )


@shared_task
def generate_article_faq(article_id: int):
    article = Article.objects.get(pk=article_id)
    response = _openai().responses.create(
        model="gpt-4.1-mini",
        instructions="Write 3-5 FAQ entries for this article as JSON: [{\"q\": ..., \"a\": ...}]",
        input=article.body[:12000],
    )
    try:
        faq = json.loads(response.output_text)
    except ValueError:
        logger.warning("FAQ for article %s was not JSON", article_id)
        return
    Article.objects.filter(pk=article_id).update(faq=faq)


@shared_task
def submit_embedding_batch(article_ids=None):
    """Nightly: re-embed every chunk with the OpenAI batch API (50% cheaper)."""
    qs = ArticleChunk.objects.all()
    if article_ids:
        qs = qs.filter(article_id__in=article_ids)
    lines = [
        json.dumps(
            {
                "custom_id": f"chunk-{chunk.pk}",
                "method": "POST",
                "url": "/v1/embeddings",
                "body": {"model": settings.OPENAI_EMBEDDING_MODEL, "input": chunk.text},
            }
        )
        for chunk in qs.iterator()
    ]
    if not lines:
        return None
    client = _openai()
    upload = client.files.create(file=("chunks.jsonl", io.BytesIO("\n".join(lines).encode())), purpose="batch")
    batch = client.batches.create(
        input_file_id=upload.id,
        endpoint="/v1/embeddings",
        completion_window="24h",
        metadata={"job": "kb-reembed"},
    )
    EmbeddingJob.objects.create(batch_id=batch.id, input_file_id=upload.id)
    return batch.id


@shared_task
def reindex_articles(batch_size: int = 64):
    """Re-embed published articles with OpenAI embeddings for the legacy widget."""
    client = apps.get_app_config("assistant").client
    chunks = list(ArticleChunk.objects.filter(article__published=True).only("id", "text"))
    for group in chunked(chunks, batch_size):
        response = client.embeddings.create(
            model=settings.OPENAI_EMBEDDING_MODEL,
            input=[c.text for c in group],
        )
        for chunk, item in zip(group, response.data):
            ArticleChunk.objects.filter(pk=chunk.pk).update(
                embedding=item.embedding, embedding_model=settings.OPENAI_EMBEDDING_MODEL
            )
    return len(chunks)
