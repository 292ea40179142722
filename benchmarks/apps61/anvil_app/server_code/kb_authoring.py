"""Draft new KB articles from clusters of resolved tickets (lead-only feature)."""
import logging

import anvil.server
import anvil.users
from anvil.tables import app_tables

from .llm import get_cohere_client, get_openai_client
from .llm import prompts
from .utils import truncate

log = logging.getLogger(__name__)


def _resolved_examples(tag, limit=8):
    rows = app_tables.tickets.search(status="resolved")
    picked = [r for r in rows if tag.lower() in (r["subject"] or "").lower()][:limit]
    return "\n\n".join(f"# {r['subject']}\n{truncate(r['summary'] or r['body'], 1500)}" for r in picked)


def write_article(client, examples, model="gpt-4o"):
    resp = client.responses.create(
        model=model,
        instructions=prompts.ARTICLE_DRAFT_SYSTEM,
        input=examples,
        max_output_tokens=1500,
    )
    return resp.output_text


def stream_outline(co, examples):
    """Cheap outline first so the lead can bail out early."""
    parts = []
    for event in co.chat_stream(
        model="command-r-08-2024",
        messages=[
            {"role": "system", "content": "Outline a KB article (headings only) from these tickets."},
            {"role": "user", "content": examples},
        ],
    ):
        if event.type == "content-delta":
            parts.append(event.delta.message.content.text)
    return "".join(parts)


@anvil.server.callable
def draft_article(tag, outline_only=False):
    user = anvil.users.get_user()
    if not user or user["role"] not in ("lead", "admin"):
        raise anvil.server.PermissionDenied("Leads only")
    examples = _resolved_examples(tag)
    if not examples:
        return None
    if outline_only:
        return stream_outline(get_cohere_client(), examples)
    return write_article(get_openai_client(), examples)
