"""Ticket summaries."""
import logging

import anvil.server

from . import ticket_store
from .llm import get_anthropic_client, get_openai_client
from .llm import prompts
from .llm.multi_model_service import TaskComplexity, multi_model_service
from .utils import require_agent, run_sync, truncate

log = logging.getLogger(__name__)

LONG_THREAD_CHARS = 8000


@anvil.server.callable
@require_agent
def summarise_ticket(ticket_id, refresh=False):
    ticket = ticket_store.get_ticket(ticket_id)
    if ticket["summary"] and not refresh:
        return ticket["summary"]

    messages = ticket_store.thread_for(ticket)
    text = prompts.render_ticket(ticket, messages)

    if len(text) > LONG_THREAD_CHARS:
        summary = _summarise_long_thread(text)
    else:
        summary = run_sync(
            multi_model_service.generate_response(
                prompt=text,
                task_type="ticket_summary",
                complexity=TaskComplexity.SIMPLE,
                system_prompt=prompts.SUMMARY_SYSTEM,
            )
        )
    ticket_store.save_summary(ticket, summary)
    return summary


# TODO(maria): move this onto multi_model_service once it supports streaming +
# the 200k context model. Until then it's not in the usage table.
def _summarise_long_thread(text):
    client = get_anthropic_client()
    chunks = []
    with client.messages.stream(
        model="claude-3-5-sonnet-latest",
        max_tokens=1024,
        system=prompts.LONG_THREAD_SYSTEM,
        messages=[{"role": "user", "content": truncate(text, 150_000)}],
    ) as stream:
        for piece in stream.text_stream:
            chunks.append(piece)
    return "".join(chunks)


@anvil.server.callable
@require_agent
def one_line_subject(ticket_id):
    """Rewrites vague subjects ('help!!') into something searchable."""
    ticket = ticket_store.get_ticket(ticket_id)
    client = get_openai_client()
    completion = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[
            {"role": "system", "content": "Rewrite the ticket subject as a short, specific line."},
            {"role": "user", "content": f"{ticket['subject']}\n\n{truncate(ticket['body'], 2000)}"},
        ],
        max_tokens=30,
        temperature=0,
    )
    subject = completion.choices[0].message.content.strip().strip('"')
    log.info("subject for %s rewritten to %r", ticket_id, subject)
    return subject


@anvil.server.callable
def summary_status(ticket_id):
    ticket = ticket_store.get_ticket(ticket_id)
    return {"has_summary": bool(ticket["summary"]), "updated": ticket["updated"]}
