"""Zendesk support tickets with LLM triage.

Resources:
    tickets          incremental on ``updated_at``
    ticket_comments  per-ticket comments (transformer)
Enrichment transformers:
    ticket_labels    label + confidence (OpenAI, escalates to Claude)
    ticket_intent    short intent phrase (OpenAI, direct)
    ticket_priority  P1..P4 via multi_model_service
    ticket_summaries Claude summary, tracked
"""
from __future__ import annotations

import json
import logging
from typing import Iterator, Sequence

import dlt
from dlt.common.typing import TDataItems
from dlt.sources.helpers import requests

from enrichment import TicketClassifier, client_for, get_async_anthropic_client, get_openai_client
from enrichment import settings
from enrichment.prompts import SUMMARY_SYSTEM, render_comments, render_ticket
from models.schemas import TicketLabel
from services.llm_usage_tracker import llm_tracker
from services.multi_model_service import TaskComplexity, multi_model_service
from utils.http import paginate
from utils.retry import with_backoff
from utils.text import redact, strip_html

logger = logging.getLogger(__name__)


def _base_url(subdomain: str) -> str:
    return f"https://{subdomain}.zendesk.com/api/v2"


@dlt.source(name="support", max_table_nesting=1)
def support_source(
    subdomain: str = dlt.config.value,
    email: str = dlt.secrets.value,
    api_token: str = dlt.secrets.value,
    start_date: str = dlt.config.value,
    enrich: bool = True,
):
    auth = (f"{email}/token", api_token)
    base = _base_url(subdomain)

    @dlt.resource(primary_key="id", write_disposition="merge")
    def tickets(
        updated_at=dlt.sources.incremental("updated_at", initial_value=start_date),
    ) -> Iterator[TDataItems]:
        params = {"start_time": updated_at.last_value, "per_page": 100}
        for page in paginate(f"{base}/incremental/tickets/cursor.json", auth=auth, params=params,
                             data_key="tickets", next_key="after_url"):
            for t in page:
                t["description"] = redact(strip_html(t.get("description") or ""))
            yield page

    @dlt.transformer(data_from=tickets, primary_key="id", write_disposition="merge")
    def ticket_comments(page: Sequence[dict]):
        for ticket in page:
            resp = requests.get(f"{base}/tickets/{ticket['id']}/comments.json", auth=auth, timeout=30)
            resp.raise_for_status()
            for comment in resp.json().get("comments", []):
                comment["ticket_id"] = ticket["id"]
                comment["plain_body"] = redact(comment.get("plain_body") or "")
                yield comment

    resources = [tickets, ticket_comments]
    if enrich:
        resources += [
            tickets | ticket_labels(),
            tickets | ticket_intent,
            tickets | ticket_priority,
            tickets | ticket_summaries,
        ]
    return resources


@dlt.transformer(name="ticket_labels", primary_key="ticket_id", write_disposition="merge")
def ticket_labels(page: Sequence[dict], threshold: float = 0.6):
    classifier = TicketClassifier(threshold=threshold)
    for result in classifier.classify_batch(page):
        yield TicketLabel.create(result.ticket_id, result.as_row(), result.model).model_dump()
    logger.info("ticket_labels stats: %s", classifier.stats)


@dlt.transformer(name="ticket_intent", primary_key="ticket_id", write_disposition="merge")
def ticket_intent(page: Sequence[dict]):
    client = get_openai_client()
    for ticket in page:
        completion = with_backoff(
            client.chat.completions.create,
            model=settings.classifier_model(),
            messages=[
                {"role": "system", "content": "State the customer's intent in five words or fewer."},
                {"role": "user", "content": render_ticket(ticket, max_chars=2000)},
            ],
            max_tokens=20,
        )
        yield {"ticket_id": ticket["id"], "intent": completion.choices[0].message.content.strip()}


@dlt.transformer(name="ticket_priority", primary_key="ticket_id", write_disposition="merge")
async def ticket_priority(page: Sequence[dict]):
    rows = []
    for ticket in page:
        answer = await multi_model_service.generate_response(
            prompt=f"Assign priority P1-P4 to this ticket. Reply with JSON {{\"priority\": ...}}.\n\n{render_ticket(ticket)}",
            task_type="ticket_priority",
            complexity=TaskComplexity.SIMPLE,
            json_mode=True,
        )
        try:
            priority = json.loads(answer).get("priority", "P3")
        except json.JSONDecodeError:
            priority = "P3"
        rows.append({"ticket_id": ticket["id"], "priority": priority})
    return rows


@dlt.transformer(name="ticket_summaries", primary_key="ticket_id", write_disposition="merge")
async def ticket_summaries(page: Sequence[dict]):
    claude = get_async_anthropic_client()
    rows = []
    for ticket in page:
        if ticket.get("status") not in ("solved", "closed"):
            continue
        async with llm_tracker.track_llm_call(
            provider="anthropic", model=settings.summary_model(), feature_context="ticket_summary"
        ) as usage_log:
            msg = await claude.messages.create(
                model=settings.summary_model(),
                max_tokens=300,
                system=SUMMARY_SYSTEM,
                messages=[{"role": "user", "content": render_ticket(ticket)}],
            )
            usage_log.input_tokens = msg.usage.input_tokens
            usage_log.output_tokens = msg.usage.output_tokens
        rows.append({"ticket_id": ticket["id"], "summary": msg.content[0].text})
    return rows


@dlt.transformer(name="thread_tone", primary_key="ticket_id")
def thread_tone(comments: Sequence[dict]):
    """Run by the weekly QA pipeline over comment threads, not part of the default source."""
    by_ticket: dict[int, list[dict]] = {}
    for c in comments:
        by_ticket.setdefault(c["ticket_id"], []).append(c)
    claude = client_for("anthropic")
    for ticket_id, thread in by_ticket.items():
        msg = claude.messages.create(
            model=settings.summary_model(),
            max_tokens=50,
            messages=[{
                "role": "user",
                "content": "Was the agent tone professional? Answer yes/no and one reason.\n\n"
                + render_comments(thread),
            }],
        )
        yield {"ticket_id": ticket_id, "tone_review": msg.content[0].text}
