"""Warehouse notes for new orders."""
import logging

from .. import settings as ai_settings
from ..llm.prompts import build_order_note_prompt
from .moderation import is_flagged

logger = logging.getLogger(__name__)

NOTE_METADATA_KEY = "ai_content.warehouse_note"


def summarize_order(order, anthropic_client, model=None) -> str:
    prompt = build_order_note_prompt(order)
    message = anthropic_client.messages.create(
        model=model or "claude-3-5-haiku-20241022",
        max_tokens=200,
        messages=[{"role": "user", "content": prompt}],
    )
    return message.content[0].text.strip()


def attach_warehouse_note(order, anthropic_client) -> None:
    if order.customer_note and is_flagged(order.customer_note):
        logger.warning("Order %s note flagged by moderation, skipping summary", order.pk)
        return
    note = summarize_order(order, anthropic_client, model=ai_settings.AI_CONTENT_ANTHROPIC_MODEL)
    order.store_value_in_private_metadata({NOTE_METADATA_KEY: note})
    order.save(update_fields=["private_metadata"])
