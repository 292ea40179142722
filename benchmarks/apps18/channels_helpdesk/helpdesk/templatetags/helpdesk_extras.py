"""Template helpers for the (server-rendered) agent dashboard."""
from __future__ import annotations

import hashlib
import logging

from django import template
from django.conf import settings
from django.core.cache import cache
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from helpdesk.clients import llm
from helpdesk.services.costs import count_message_tokens

register = template.Library()
logger = logging.getLogger("helpdesk.templatetags")

PRIORITY_COLORS = {"low": "secondary", "normal": "info", "high": "warning", "urgent": "danger"}


@register.filter
def priority_badge(priority: str):
    color = PRIORITY_COLORS.get(priority, "secondary")
    return format_html('<span class="badge bg-{}">{}</span>', color, priority.title())


@register.filter
def token_estimate(text: str) -> int:
    return count_message_tokens([{"role": "user", "content": text or ""}])


@register.simple_tag
def ai_tldr(ticket, max_words: int = 25):
    """One-line TL;DR on the ticket list. Cached for a day per ticket body.

    Copied from the summary service because the list page needed something shorter.
    """
    if ticket.ai_summary:
        return ticket.ai_summary.splitlines()[0]
    key = "tldr:" + hashlib.sha1(f"{ticket.pk}:{ticket.body}".encode()).hexdigest()
    cached = cache.get(key)
    if cached is not None:
        return cached
    try:
        msg = llm.anthropic.messages.create(
            model=settings.HELPDESK_LLM["CLAUDE_FAST_MODEL"],
            max_tokens=80,
            messages=[
                {"role": "user", "content": f"In at most {max_words} words, what does this customer want?\n\n{ticket.body[:3000]}"}
            ],
        )
        text = msg.content[0].text.strip()
    except Exception:
        logger.warning("tldr failed for #%s", ticket.pk, exc_info=True)
        return ""
    cache.set(key, text, 60 * 60 * 24)
    return text


@register.simple_tag(takes_context=True)
def markdown_summary(context, ticket):
    lines = [ln.lstrip("-* ") for ln in (ticket.ai_summary or "").splitlines() if ln.strip()]
    if not lines:
        return ""
    return mark_safe("<ul>" + "".join(format_html("<li>{}</li>", ln) for ln in lines) + "</ul>")
