import logging

from cms.signals import post_publish
from django.apps import apps
from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_save
from django.dispatch import receiver

logger = logging.getLogger(__name__)


@receiver(post_publish, dispatch_uid="ai_on_publish")
def on_page_publish(sender, instance, language, **kwargs):
    """Refresh SEO description and embeddings when a page is published."""
    if not settings.AI_ENABLED:
        return
    from ai.tasks import embed_page_task, generate_seo_task

    page = instance
    title_obj = page.get_title_obj(language)
    if not title_obj.meta_description:
        transaction.on_commit(lambda: generate_seo_task.delay(page.pk, language))
    transaction.on_commit(lambda: embed_page_task.delay(page.pk, language))


@receiver(post_save, sender="content.AISummaryPluginModel", dispatch_uid="ai_summary_saved")
def on_summary_plugin_saved(sender, instance, created, **kwargs):
    if kwargs.get("raw") or not settings.AI_ENABLED:
        return
    if created or not instance.summary:
        from ai.tasks import generate_summary_task

        transaction.on_commit(lambda: generate_summary_task.delay(instance.pk))


@receiver(post_save, sender="content.FAQItemPluginModel", dispatch_uid="ai_faq_saved")
def on_faq_saved(sender, instance, created, **kwargs):
    """Editors asked for an auto-generated short answer; it's quick so done inline."""
    if kwargs.get("raw") or instance.short_answer or not settings.AI_ENABLED:
        return
    deepseek = apps.get_app_config("ai").deepseek
    try:
        resp = deepseek.chat.completions.create(
            model="deepseek-chat",
            messages=[
                {"role": "system", "content": "Answer in one sentence of at most 20 words."},
                {"role": "user", "content": f"Q: {instance.question}\nLong answer: {instance.answer}"},
            ],
            max_tokens=60,
        )
    except Exception:
        logger.exception("short answer generation failed for FAQ %s", instance.pk)
        return
    type(instance).objects.filter(pk=instance.pk).update(short_answer=resp.choices[0].message.content.strip())
