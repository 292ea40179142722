import logging

from dcim.models import Device
from django.db.models.signals import post_save
from django.dispatch import receiver
from extras.models import JournalEntry
from netbox.plugins import get_plugin_config

from .choices import SummaryStatusChoices
from .models import JournalEmbedding, ObjectSummary
from .services.moderation import moderator

logger = logging.getLogger("netbox.plugins.netbox_ai_assist.signals")


@receiver(post_save, sender=Device)
def mark_summary_stale(sender, instance, created, **kwargs):
    if created:
        return
    ObjectSummary.objects.filter(assigned_object_id=instance.pk).update(status=SummaryStatusChoices.STATUS_STALE)
    if get_plugin_config("netbox_ai_assist", "summarize_on_save"):
        from .jobs import SummarizeDeviceJob

        SummarizeDeviceJob.enqueue(instance=instance, user=None)


@receiver(post_save, sender=JournalEntry)
def moderate_journal_entry(sender, instance, created, **kwargs):
    if not get_plugin_config("netbox_ai_assist", "moderate_journal_entries"):
        return
    try:
        flagged = moderator.is_flagged(instance.comments)
    except Exception:
        logger.warning("Moderation failed for journal entry %s", instance.pk, exc_info=True)
        return
    if flagged:
        JournalEmbedding.objects.filter(journal_entry=instance).update(flagged=True)
        logger.info("Journal entry %s flagged by moderation", instance.pk)
