"""Signal receivers: alt text on image upload, summaries on publish,
comment moderation, client reset on settings change."""
import logging

from asgiref.sync import async_to_sync
from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.images import get_image_model
from wagtail.models import Site
from wagtail.signals import page_published

from .clients import get_anthropic_client, reset_clients
from .models import AISettings, GeneratedSummary, ReaderQuestion
from .services import TaskComplexity, multi_model_service
from .services.alt_text import generate_alt_text
from .services.moderation import moderate_text
from .services.summariser import page_text, summarise_page

logger = logging.getLogger(__name__)


@receiver(post_save, sender=AISettings)
def ai_settings_saved(sender, instance, **kwargs):
    reset_clients()


@receiver(post_save, sender=get_image_model())
def image_saved(sender, instance, created, **kwargs):
    if not created:
        return
    conf = AISettings.for_site(Site.objects.get(is_default_site=True))
    if not conf.auto_alt_text or instance.description:
        return
    try:
        instance.description = generate_alt_text(instance)
        instance.save(update_fields=["description"])
    except Exception:
        logger.exception("alt text generation failed for image %s", instance.pk)


@receiver(page_published)
def page_published_summary(sender, instance, revision, **kwargs):
    conf = AISettings.for_site(instance.get_site())
    if not conf.auto_summarise_on_publish:
        return
    summary = async_to_sync(summarise_page)(instance.specific)
    GeneratedSummary.objects.update_or_create(
        page=instance, defaults={"summary": summary, "model": "gpt-4o-mini"}
    )


@receiver(page_published)
def page_published_keywords(sender, instance, revision, **kwargs):
    """Extract keywords for the related-content widget (Haiku is cheap enough)."""
    client = get_anthropic_client(instance.get_site())
    text = page_text(instance.specific)[:6000]
    msg = client.messages.create(
        model="claude-3-5-haiku-latest",
        max_tokens=100,
        messages=[{"role": "user", "content": f"List 8 comma-separated keywords for:\n\n{text}"}],
    )
    keywords = [k.strip() for k in msg.content[0].text.split(",") if k.strip()]
    specific = instance.specific
    if hasattr(specific, "ai_keywords"):
        specific.ai_keywords = ", ".join(keywords[:8])
        specific.save(update_fields=["ai_keywords"])


@receiver(post_save, sender=ReaderQuestion)
def reader_question_saved(sender, instance, created, **kwargs):
    if not created:
        return
    conf = AISettings.for_site(instance.page.get_site())
    updates = {}
    if conf.moderate_comments:
        result = moderate_text(instance.question)
        if result.flagged:
            updates["flagged"] = True
            updates["flag_reasons"] = ", ".join(result.categories)[:255]
    if not updates.get("flagged"):
        updates["suggested_answer"] = async_to_sync(multi_model_service.generate_response)(
            prompt=(
                "Draft a short, friendly reply a journalist could send to this reader question. "
                f"Article: {instance.page.title}\nQuestion: {instance.question}"
            ),
            task_type="reader_reply",
            complexity=TaskComplexity.SIMPLE,
        )
    ReaderQuestion.objects.filter(pk=instance.pk).update(**updates)
