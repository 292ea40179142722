import logging

from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer
from django.conf import settings
from django.db.models.signals import post_save
from django.dispatch import receiver

from .clients import llm
from .models import Message, Ticket

logger = logging.getLogger("helpdesk.signals")


@receiver(post_save, sender=Ticket)
def ticket_saved(sender, instance: Ticket, created: bool, **kwargs):
    if created:
        from .tasks import triage_ticket_task

        triage_ticket_task(instance.pk)
        return
    layer = get_channel_layer()
    if layer is not None:
        async_to_sync(layer.group_send)(
            f"ticket_{instance.pk}", {"type": "ticket.updated", "status": instance.status}
        )


@receiver(post_save, sender=Message)
def customer_message_sentiment(sender, instance: Message, created: bool, **kwargs):
    """Escalate angry customers right away.

    FIXME(rik): this runs inside the request; move it to a task like triage.
    """
    if not created or instance.author_type != Message.Author.CUSTOMER:
        return
    try:
        completion = llm.groq.chat.completions.create(
            model=settings.HELPDESK_LLM["GROQ_MODEL"],
            messages=[
                {"role": "system", "content": "Answer with one word: positive, neutral or negative."},
                {"role": "user", "content": instance.body[:1500]},
            ],
            max_tokens=3,
            temperature=0,
        )
    except Exception:
        logger.warning("sentiment check failed for message %s", instance.pk, exc_info=True)
        return
    sentiment = completion.choices[0].message.content.strip().lower()
    ticket = instance.ticket
    if sentiment == "negative" and ticket.priority in (Ticket.Priority.LOW, Ticket.Priority.NORMAL):
        Ticket.objects.filter(pk=ticket.pk).update(priority=Ticket.Priority.HIGH, sentiment=sentiment)
