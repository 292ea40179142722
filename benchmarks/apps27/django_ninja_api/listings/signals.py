import logging

from django.apps import apps
from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_save
from django.dispatch import receiver
from django_q.tasks import async_task

from .models import Listing, ListingPhoto

logger = logging.getLogger(__name__)

MODERATED_FIELDS = {"description", "title", "agent_notes"}


def _moderation_text(listing: Listing) -> str:
    return "\n".join(filter(None, [listing.title, listing.description]))


@receiver(post_save, sender=Listing, dispatch_uid="listings.moderate_listing")
def moderate_listing(sender, instance: Listing, created, update_fields=None, **kwargs):
    if update_fields and not (set(update_fields) & MODERATED_FIELDS):
        return
    text = _moderation_text(instance)
    if not text:
        return

    core = apps.get_app_config("core")
    if core.openai is None:
        return
    result = core.openai.moderations.create(model=settings.MODERATION_MODEL, input=text).results[0]
    if result.flagged:
        flags = sorted(k for k, v in result.categories.model_dump().items() if v)
        logger.warning("listing %s flagged by moderation: %s", instance.pk, flags)
        # .update() so we don't re-trigger this receiver
        Listing.objects.filter(pk=instance.pk).update(status=Listing.Status.HIDDEN, moderation_flags=flags)


@receiver(post_save, sender=Listing, dispatch_uid="listings.embed_listing")
def embed_listing(sender, instance: Listing, created, update_fields=None, **kwargs):
    """Keep the search vector fresh. Small enough to do inline; big reindexes go through huey."""
    if instance.status != Listing.Status.ACTIVE or not instance.description:
        return

    def _do():
        from search.services import upsert_listing_vector

        search_config = apps.get_app_config("search")
        result = search_config.voyage.embed(
            [f"{instance.title}\n{instance.summary_line}\n{instance.description}"],
            model=search_config.embedding_model,
            input_type="document",
        )
        upsert_listing_vector(instance.pk, result.embeddings[0])

    transaction.on_commit(_do)


@receiver(post_save, sender=ListingPhoto, dispatch_uid="listings.caption_new_photo")
def caption_new_photo(sender, instance: ListingPhoto, created, **kwargs):
    if created and not instance.is_generated and not instance.caption:
        transaction.on_commit(lambda: async_task("listings.tasks.caption_photo", instance.pk, group="captions"))
