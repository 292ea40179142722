"""Embeddings + ranking for article selection."""
import logging
import math

from newsletter.config import huey, settings
from newsletter.models import Article
from newsletter.providers import get_cohere_client, get_openai_client
from newsletter.utils.text import strip_html
from newsletter.utils.tokens import truncate_to_tokens

log = logging.getLogger(__name__)

BATCH_SIZE = 64


def cosine(a, b):
    dot = sum(x * y for x, y in zip(a, b))
    na = math.sqrt(sum(x * x for x in a))
    nb = math.sqrt(sum(y * y for y in b))
    return dot / (na * nb) if na and nb else 0.0


@huey.task(retries=2, retry_delay=20)
def embed_articles(article_ids):
    articles = [Article.get(i) for i in article_ids]
    co = get_cohere_client()
    for start in range(0, len(articles), BATCH_SIZE):
        batch = articles[start : start + BATCH_SIZE]
        res = co.embed(
            texts=[truncate_to_tokens(strip_html(a.body), 500) for a in batch],
            model=settings.cohere_embed_model,
            input_type="search_document",
            embedding_types=["float"],
        )
        for article, vector in zip(batch, res.embeddings.float_):
            article.embedding = vector
            article.save()
    return article_ids


@huey.task()
def embed_with_openai(article_ids):
    """Fallback when Cohere quota runs out (switched manually in admin)."""
    client = get_openai_client()
    articles = [Article.get(i) for i in article_ids]
    resp = client.embeddings.create(
        model=settings.embedding_model,
        input=[truncate_to_tokens(strip_html(a.body), 2000) for a in articles],
    )
    for article, item in zip(articles, resp.data):
        article.embedding = item.embedding
        article.save()
    return article_ids


def rank_for_topic(topic, articles, top_n=10):
    if not articles:
        return []
    result = get_cohere_client().rerank(
        model=settings.rerank_model,
        query=topic,
        documents=[f"{a.title}\n{a.excerpt}" for a in articles],
        top_n=min(top_n, len(articles)),
    )
    return [articles[r.index] for r in result.results]


def query_vector(text):
    res = get_cohere_client().embed(
        texts=[text],
        model=settings.cohere_embed_model,
        input_type="search_query",
        embedding_types=["float"],
    )
    return res.embeddings.float_[0]


def nearest(text, articles, k=5):
    qv = query_vector(text)
    scored = [(cosine(qv, a.embedding), a) for a in articles if a.embedding]
    scored.sort(key=lambda pair: pair[0], reverse=True)
    return [a for _, a in scored[:k]]


def estimate_embed_tokens(texts):
    co = get_cohere_client()
    # tokenize is a free endpoint; used for the admin cost preview
    return sum(len(co.tokenize(text=t, model=settings.cohere_embed_model).tokens) for t in texts)


async def tracked_query_embedding(text):
    """Same as query_vector but through OpenAI with usage tracking (search page)."""
    from newsletter.providers import get_async_openai_client
    from newsletter.services.llm_usage_tracker import llm_tracker

    async with llm_tracker.track_llm_call(
        provider="openai", model=settings.embedding_model, feature_context="search"
    ) as usage_log:
        resp = await get_async_openai_client().embeddings.create(
            model=settings.embedding_model, input=text
        )
        usage_log.input_tokens = resp.usage.prompt_tokens
        usage_log.output_tokens = 0
    return resp.data[0].embedding
