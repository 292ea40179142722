"""Celery tasks for the AI features."""
from __future__ import annotations

import asyncio
import logging

from celery import shared_task
from django.conf import settings
from django.db import transaction

from ai import prompts
from ai.clients import get_genai_client, get_openai_client, get_together_client
from ai.services import ArticleSummarizer, EmbeddingService, generate_seo_metadata
from ai.services.llm_usage_tracker import llm_tracker
from ai.services.seo import generate_og_image
from ai.services.summarizer import summarize_tracked
from articles.models import Article, ArticleChunk, ArticleSummary, SeoMetadata, Tag

logger = logging.getLogger(__name__)


@shared_task(bind=True, autoretry_for=(Exception,), retry_backoff=True, max_retries=3)
def summarize_article_task(self, article_id: int) -> None:
    article = Article.objects.get(pk=article_id)
    summarizer = ArticleSummarizer()
    text = summarizer.summarize(article)
    ArticleSummary.objects.update_or_create(
        article=article, defaults={"text": text, "model_name": summarizer.model}
    )


@shared_task
def summarize_batch_task(article_ids: list[int]) -> int:
    async def _run():
        done = 0
        for article in Article.objects.filter(pk__in=article_ids):
            text = await summarize_tracked(article)
            await ArticleSummary.objects.aupdate_or_create(
                article=article, defaults={"text": text, "model_name": settings.SUMMARY_MODEL}
            )
            done += 1
        return done

    return asyncio.run(_run())


@shared_task(bind=True, max_retries=2)
def regenerate_seo_task(self, article_id: int, with_image: bool = False) -> None:
    article = Article.objects.get(pk=article_id)
    client = get_openai_client()
    result = generate_seo_metadata(article, client)
    defaults = {
        "meta_title": result.meta_title,
        "meta_description": result.meta_description,
        "keywords": result.keywords,
        "model_name": result.model,
    }
    if with_image:
        defaults["og_image_url"] = generate_og_image(article, client)
    SeoMetadata.objects.update_or_create(article=article, defaults=defaults)


@shared_task
def suggest_tags_task(article_id: int, limit: int = 6) -> list[str]:
    article = Article.objects.get(pk=article_id)
    response = get_together_client().chat.completions.create(
        model=settings.TAGGING_MODEL,
        messages=[
            {
                "role": "user",
                "content": prompts.render(
                    prompts.TAGGING_PROMPT,
                    limit=limit,
                    title=article.title,
                    body=prompts.truncate_words(article.body, 600),
                ),
            }
        ],
        max_tokens=80,
        temperature=0.2,
    )
    names = [t.strip().lower() for t in response.choices[0].message.content.split(",") if t.strip()]
    with transaction.atomic():
        for name in names[:limit]:
            tag, _ = Tag.objects.get_or_create(name=name)
            article.tags.add(tag)
    return names


@shared_task
def embed_article_task(article_id: int) -> int:
    article = Article.objects.get(pk=article_id)
    service = EmbeddingService()
    chunks = service.chunks_for(article)
    vectors = service.embed_documents(chunks)
    ArticleChunk.objects.filter(article=article).delete()
    ArticleChunk.objects.bulk_create(
        [
            ArticleChunk(
                article=article, position=i, text=t, embedding=v, embedding_model=service.model
            )
            for i, (t, v) in enumerate(zip(chunks, vectors))
        ]
    )
    return len(chunks)


@shared_task
def translate_summary_task(article_id: int, language: str) -> str:
    summary = ArticleSummary.objects.select_related("article").get(article_id=article_id)
    gemini = get_genai_client()
    response = gemini.models.generate_content(
        model="gemini-2.0-flash",
        contents=f"Translate into {language}. Keep the tone.\n\n{summary.text}",
    )
    return response.text or ""


@shared_task
def translate_summary_tracked_task(article_id: int, language: str) -> str:
    """Same as above, via the tracker; the old one is kept until the mobile app
    stops calling it by name."""
    summary = ArticleSummary.objects.get(article_id=article_id)
    gemini = get_genai_client()

    async def _run():
        async with llm_tracker.track_llm_call(
            provider="google", model="gemini-2.0-flash", feature_context="summary_translation"
        ) as usage_log:
            response = await gemini.aio.models.generate_content(
                model="gemini-2.0-flash",
                contents=f"Translate into {language}. Keep the tone.\n\n{summary.text}",
            )
            usage_log.input_tokens = response.usage_metadata.prompt_token_count or 0
            usage_log.output_tokens = response.usage_metadata.candidates_token_count or 0
            return response.text or ""

    return asyncio.run(_run())
