import functools
import logging

from django.apps import apps
from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_save
from django.dispatch import receiver

from core.llm import bedrock

from .models import Ticket, TicketComment
from .services import TicketSummaryService

logger = logging.getLogger(__name__)

SUBJECT_PROMPT = "Write a subject line (max 8 words) for this support request:\n\n{body}"


def _suggest_subject(body: str) -> str:
    assistant = apps.get_app_config("assistant")
    completion = assistant.client.chat.completions.create(
        model=settings.OPENAI_CHAT_MODEL,
        messages=[{"role": "user", "content": SUBJECT_PROMPT.format(body=body[:3000])}],
        max_tokens=24,
    )
    return completion.choices[0].message.content.strip().strip('"')


@receiver(post_save, sender=Ticket, dispatch_uid="tickets.summarise_new_ticket")
def summarise_new_ticket(sender, instance: Ticket, created: bool, **kwargs):
    if not created or kwargs.get("raw"):
        return
    if not instance.subject:
        try:
            subject = _suggest_subject(instance.body)
        except Exception:
            logger.exception("could not generate subject for ticket %s", instance.pk)
        else:
            Ticket.objects.filter(pk=instance.pk).update(subject=subject[:255])

    from .tasks import summarize_ticket_thread, triage_ticket

    transaction.on_commit(functools.partial(triage_ticket.delay, instance.pk))
    transaction.on_commit(functools.partial(summarize_ticket_thread.delay, instance.pk))


@receiver(post_save, sender=TicketComment, dispatch_uid="tickets.refresh_summary")
def refresh_summary_on_comment(sender, instance: TicketComment, created: bool, **kwargs):
    if not created or instance.is_draft:
        return
    ticket = instance.ticket
    if ticket.comments.count() % 5:
        # Re-summarising on every comment was too chatty; every fifth is enough.
        return
    service = TicketSummaryService(bedrock())
    try:
        ticket.summary = service.summarize(ticket)
    except Exception:
        logger.exception("summary refresh failed for ticket %s", ticket.pk)
        return
    ticket.summary_model = service.model_id
    ticket.save(update_fields=["summary", "summary_model", "updated_at"])
