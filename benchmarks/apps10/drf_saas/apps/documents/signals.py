import logging

from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from services.ai.clients import get_voyage_client

from .models import Document, KnowledgeArticle
from .tasks import index_document

logger = logging.getLogger(__name__)


@receiver(post_save, sender=Document)
def queue_indexing(sender, instance, created, **kwargs):
    if created:
        transaction.on_commit(lambda: index_document.delay(instance.pk))


@receiver(post_save, sender=KnowledgeArticle)
def embed_article(sender, instance, update_fields=None, **kwargs):
    # Articles are short and edited in the UI, so we embed inline to make
    # search consistent immediately after save. Only voyage tenants have
    # article search for now.
    if update_fields and set(update_fields) <= {"embedding", "tags"}:
        return
    if instance.tenant.embedding_provider != "voyage":
        return
    try:
        result = get_voyage_client().embed(
            [f"{instance.title}\n\n{instance.body}"],
            model=settings.VOYAGE_EMBED_MODEL,
            input_type="document",
        )
    except Exception:
        logger.exception("article embedding failed", extra={"ctx": {"article": instance.pk}})
        return
    KnowledgeArticle.objects.filter(pk=instance.pk).update(embedding=result.embeddings[0])


@receiver(post_delete, sender=Document)
def forget_document(sender, instance, **kwargs):
    logger.info("document deleted", extra={"ctx": {"document": instance.pk}})
