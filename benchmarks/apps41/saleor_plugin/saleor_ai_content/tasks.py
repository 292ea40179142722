"""Celery tasks for bulk generation."""
import asyncio
import functools
import logging
from concurrent.futures import ThreadPoolExecutor, as_completed
from typing import List, Optional

from celery.utils.log import get_task_logger
from saleor.celeryconf import app
from saleor.product.models import Product

from . import settings as ai_settings
from .llm import build_description_messages, get_cohere_client, get_openai_client
from .manager import get_ai_plugin
from .models import DescriptionGenerationJob, GenerationStatus, ProductEmbedding
from .services.descriptions import to_editorjs
from .services.multi_model_service import TaskComplexity, multi_model_service
from .services.search import content_hash, product_search_text

task_logger = get_task_logger(__name__)
logger = logging.getLogger(__name__)


def _chunks(items: List[int], size: int):
    for i in range(0, len(items), size):
        yield items[i : i + size]


@app.task(bind=True, autoretry_for=(ConnectionError,), retry_backoff=True, max_retries=3)
def generate_product_descriptions_task(self, product_ids: List[int], provider: Optional[str] = None,
                                       language_code: str = "en", job_id: Optional[int] = None):
    plugin = get_ai_plugin()
    if plugin is None:
        task_logger.info("AI content plugin inactive, skipping %s products", len(product_ids))
        return
    job = DescriptionGenerationJob.objects.filter(pk=job_id).first() if job_id else None
    if job:
        job.mark(GenerationStatus.RUNNING)
    generator = plugin.description_generator
    if provider:
        generator.provider = provider
    processed = failed = 0
    for product in Product.objects.filter(pk__in=product_ids).select_related("category", "product_type"):
        try:
            result = generator.generate(product, language_code=language_code)
        except Exception:
            task_logger.exception("description generation failed for product %s", product.pk)
            failed += 1
            continue
        product.description = to_editorjs(result.text)
        product.description_plaintext = result.text
        product.save(update_fields=["description", "description_plaintext", "updated_at"])
        processed += 1
    if job:
        job.processed += processed
        job.failed += failed
        job.save(update_fields=["processed", "failed"])
        job.mark(GenerationStatus.DONE if not failed else GenerationStatus.FAILED)


@app.task
def bulk_generate_descriptions_task(job_id: int):
    """Fan-out task triggered by the `productBulkGenerateDescriptions` mutation."""
    job = DescriptionGenerationJob.objects.get(pk=job_id)
    for chunk in _chunks(job.product_ids, ai_settings.AI_CONTENT_BULK_BATCH_SIZE):
        generate_product_descriptions_task.delay(
            chunk, provider=job.provider, language_code=job.language_code, job_id=job.pk
        )


@app.task
def generate_descriptions_threaded_task(product_ids: List[int], model: str = "gpt-4o-mini"):
    """Faster variant for big imports; OpenAI only. Added for the spring catalogue import."""
    plugin = get_ai_plugin()
    client = get_openai_client(plugin.config.openai_api_key if plugin else None)
    products = {p.pk: p for p in Product.objects.filter(pk__in=product_ids)}
    results = {}
    with ThreadPoolExecutor(max_workers=ai_settings.AI_CONTENT_MAX_WORKERS) as executor:
        futures = {
            executor.submit(
                client.chat.completions.create,
                model=model,
                messages=build_description_messages(product),
                max_tokens=350,
            ): pk
            for pk, product in products.items()
        }
        for future in as_completed(futures):
            pk = futures[future]
            try:
                results[pk] = future.result().choices[0].message.content
            except Exception:
                logger.exception("threaded generation failed for %s", pk)
    for pk, text in results.items():
        product = products[pk]
        product.description = to_editorjs(text)
        product.description_plaintext = text
        product.save(update_fields=["description", "description_plaintext"])
    return len(results)


@app.task
def refresh_embeddings_task(product_ids: List[int]):
    plugin = get_ai_plugin()
    co = get_cohere_client(plugin.config.cohere_api_key if plugin else None)
    products = list(Product.objects.filter(pk__in=product_ids).select_related("category"))
    texts = [product_search_text(p) for p in products]
    for start in range(0, len(texts), 96):  # cohere embed batch limit
        batch = texts[start : start + 96]
        response = co.embed(
            texts=batch,
            model=ai_settings.AI_CONTENT_COHERE_EMBED_MODEL,
            input_type="search_document",
            embedding_types=["float"],
        )
        for product, text, vector in zip(products[start : start + 96], batch, response.embeddings.float_):
            ProductEmbedding.objects.update_or_create(
                product=product,
                defaults={
                    "provider": "cohere",
                    "model": ai_settings.AI_CONTENT_COHERE_EMBED_MODEL,
                    "vector": vector,
                    "content_hash": content_hash(text),
                },
            )


@app.task
def openai_embeddings_backfill_task(product_ids: List[int]):
    """Legacy: the first search prototype used OpenAI embeddings. Still used by the B2B channel."""
    openai_client = get_openai_client()
    embed = functools.partial(
        openai_client.embeddings.create, model="text-embedding-3-small", dimensions=512
    )
    for product in Product.objects.filter(pk__in=product_ids):
        text = product_search_text(product)
        response = embed(input=text)
        ProductEmbedding.objects.update_or_create(
            product=product,
            defaults={
                "provider": "openai",
                "model": "text-embedding-3-small",
                "vector": response.data[0].embedding,
                "content_hash": content_hash(text),
            },
        )


@app.task
def generate_short_descriptions_task(product_ids: List[int]):
    """Short descriptions for the mobile app cards (tracked)."""

    async def _run():
        out = {}
        for product in Product.objects.filter(pk__in=product_ids):
            out[product.pk] = await multi_model_service.generate_response(
                prompt=f"One sentence teaser for: {product.name}",
                task_type="short_description",
                complexity=TaskComplexity.SIMPLE,
                object_id=str(product.pk),
            )
        return out

    results = asyncio.run(_run())
    for pk, teaser in results.items():
        Product.objects.filter(pk=pk).update(
            metadata={"ai_content.teaser": teaser}
        )
    return len(results)
