import asyncio
import logging

from celery import shared_task
from django.apps import apps
from django.conf import settings
from django.utils import timezone

from ai import get_openai
from ai.alt_text import describe_image, describe_image_claude, describe_image_url, looks_like_screenshot
from ai.embeddings import PageEmbedder
from ai.seo import generate_meta_description, generate_meta_description_tracked
from ai.summaries import get_summary_service
from ai.translation import translate, translate_tracked

logger = logging.getLogger(__name__)


@shared_task(bind=True, autoretry_for=(Exception,), retry_backoff=True, max_retries=3)
def generate_summary_task(self, plugin_id):
    from content.models import AISummaryPluginModel

    plugin = AISummaryPluginModel.objects.select_related("placeholder").get(pk=plugin_id)
    source_html = plugin.collect_source_html()
    plugin.summary = get_summary_service().summarize(plugin.source_title(), source_html, plugin.sentences)
    plugin.generated_at = timezone.now()
    plugin.save(update_fields=["summary", "generated_at"])


@shared_task(autoretry_for=(Exception,), retry_backoff=True, max_retries=3)
def generate_seo_task(page_id, language):
    from cms.models import Page

    page = Page.objects.get(pk=page_id)
    title_obj = page.get_title_obj(language)
    body = page_text(page, language)
    if getattr(settings, "AI_USE_TRACKED_SEO", False):
        description = asyncio.run(generate_meta_description_tracked(title_obj.title, body, language))
    else:
        description = generate_meta_description(title_obj.title, body, language)
    title_obj.meta_description = description
    title_obj.save(update_fields=["meta_description"])


@shared_task(queue="vision", rate_limit="20/m")
def generate_alt_text_task(image_id, language="en"):
    from filer.models import Image

    image = Image.objects.get(pk=image_id)
    cdn_base = getattr(settings, "FILER_CDN_BASE_URL", "")
    if looks_like_screenshot(image):
        alt = describe_image_claude(apps.get_app_config("ai").anthropic, image)
    elif cdn_base:
        alt = describe_image_url(get_openai(), cdn_base.rstrip("/") + image.url, language)
    else:
        alt = describe_image(get_openai(), image, language)
    image.default_alt_text = alt
    image.save(update_fields=["default_alt_text"])
    return alt


@shared_task
def translate_plugin_task(plugin_id, source, target, job_id=None):
    from djangocms_text_ckeditor.models import Text

    from ai.models import TranslationJob

    job = TranslationJob.objects.get(pk=job_id) if job_id else None
    if job:
        job.mark(TranslationJob.Status.RUNNING)
    try:
        plugin = Text.objects.get(pk=plugin_id)
        if job and job.backend == "tracked":
            plugin.body = asyncio.run(translate_tracked(plugin.body, source, target))
        else:
            plugin.body = translate(plugin.body, source, target, backend=job.backend if job else "mistral")
        plugin.save()
    except Exception as exc:
        if job:
            job.mark(TranslationJob.Status.FAILED, error=str(exc))
        raise
    if job:
        job.mark(TranslationJob.Status.DONE)


@shared_task(queue="embeddings")
def embed_page_task(page_id, language):
    from cms.models import Page

    page = Page.objects.get(pk=page_id)
    PageEmbedder().store(page, language, page_text(page, language))


@shared_task
def moderate_comment_task(comment_id):
    from content.models import EditorComment

    comment = EditorComment.objects.get(pk=comment_id)
    client = apps.get_app_config("ai").openai
    result = client.moderations.create(model=settings.AI_MODELS["moderation"], input=comment.text)
    comment.flagged = result.results[0].flagged
    comment.save(update_fields=["flagged"])


@shared_task
def refresh_stale_summaries(days=30, limit=200):
    """Nightly: regenerate summaries older than ``days`` for unlocked plugins."""
    from content.models import AISummaryPluginModel

    cutoff = timezone.now() - timezone.timedelta(days=days)
    qs = (AISummaryPluginModel.objects.filter(locked=False, generated_at__lt=cutoff)
          .order_by("generated_at").values_list("pk", flat=True)[:limit])
    for pk in qs:
        generate_summary_task.apply_async(args=[pk], countdown=2)


@shared_task
def summarize_for_newsletter(page_ids, language="en"):
    """Tracked path: goes through the routing service."""
    from cms.models import Page

    from ai.services.multi_model_service import TaskComplexity, multi_model_service

    async def _run(pages):
        out = {}
        for page in pages:
            out[page.pk] = await multi_model_service.generate_response(
                prompt=f"Newsletter blurb (2 sentences) for:\n{page_text(page, language)[:6000]}",
                task_type="summary",
                complexity=TaskComplexity.SIMPLE,
                feature_context="newsletter_blurb",
            )
        return out

    return asyncio.run(_run(list(Page.objects.filter(pk__in=page_ids))))


@shared_task
def weekly_usage_report():
    from django.db.models import Sum

    from ai.models import AIUsageLog

    since = timezone.now() - timezone.timedelta(days=7)
    rows = (AIUsageLog.objects.filter(created_at__gte=since)
            .values("provider", "model").annotate(cost=Sum("cost_usd"), tokens=Sum("input_tokens")))
    for row in rows:
        logger.info("usage %(provider)s/%(model)s tokens=%(tokens)s cost=%(cost)s", row)


def page_text(page, language):
    chunks = []
    for placeholder in page.get_placeholders():
        for plugin in placeholder.get_plugins(language):
            instance, _ = plugin.get_plugin_instance()
            if instance is not None and getattr(instance, "body", None):
                chunks.append(instance.body)
    return "\n".join(chunks)
