"""Hourly: summarize recently updated support tickets and give them better titles."""
from __future__ import annotations

import asyncio
from typing import List

from prefect import flow, get_run_logger, task
from prefect.task_runners import ConcurrentTaskRunner

from enrich import prompts
from enrich.clients import get_bedrock
from enrich.errors import ProviderError
from enrich.models import EnrichmentResult, Ticket
from enrich.services.llm_usage_tracker import llm_tracker
from enrich.settings import get_settings
from enrich.summarize import summarize_ticket
from flows.tasks.common import load_open_tickets, write_results

HIGH_PRIORITY = {"urgent", "high"}


@task(retries=3, retry_delay_seconds=15, tags=["bedrock"])
def ticket_summary(ticket: Ticket) -> EnrichmentResult:
    s = get_settings()
    try:
        text = summarize_ticket(ticket)
    except ProviderError as exc:
        if exc.retryable:
            raise
        text = ""
    return EnrichmentResult("ticket", ticket.ticket_id, "summary", text, s.bedrock_chat_model, "bedrock")


@task(tags=["bedrock"])
def ticket_title(ticket: Ticket) -> EnrichmentResult:
    s = get_settings()
    response = get_bedrock().converse(
        modelId=s.bedrock_fast_model,
        system=[{"text": prompts.TICKET_TITLE_SYSTEM}],
        messages=[{"role": "user", "content": [{"text": f"{ticket.subject}\n\n{ticket.body[:3000]}"}]}],
        inferenceConfig={"maxTokens": 30, "temperature": 0.3},
    )
    title = response["output"]["message"]["content"][0]["text"].strip().strip('"')
    return EnrichmentResult("ticket", ticket.ticket_id, "title", title, s.bedrock_fast_model, "bedrock")


@task(tags=["bedrock"])
async def escalation_note(ticket: Ticket) -> EnrichmentResult:
    """Escalation notes go to the CS leads; tracked because they're billed to CS."""
    s = get_settings()
    runtime = get_bedrock()
    async with llm_tracker.track_llm_call(
        provider="bedrock", model=s.bedrock_chat_model, feature_context="ticket_escalation"
    ) as usage_log:
        response = await asyncio.to_thread(
            lambda: runtime.converse(
                modelId=s.bedrock_chat_model,
                messages=[{"role": "user", "content": [{"text": prompts.ticket_summary_user(ticket)}]}],
                system=[{"text": "Write an escalation note: impact, customer, next step, owner."}],
                inferenceConfig={"maxTokens": 300},
            )
        )
        usage_log.input_tokens = response["usage"]["inputTokens"]
        usage_log.output_tokens = response["usage"]["outputTokens"]
    note = response["output"]["message"]["content"][0]["text"]
    return EnrichmentResult("ticket", ticket.ticket_id, "escalation_note", note, s.bedrock_chat_model, "bedrock")


@flow(name="summarize-tickets", task_runner=ConcurrentTaskRunner())
def summarize_tickets(hours: int = 2) -> int:
    logger = get_run_logger()
    tickets = load_open_tickets(hours)
    logger.info("%d tickets to summarize", len(tickets))

    summaries = ticket_summary.map(tickets)
    titles = ticket_title.map(tickets)
    urgent = [t for t in tickets if t.priority in HIGH_PRIORITY]
    notes = [escalation_note.submit(t) for t in urgent]

    results: List[EnrichmentResult] = [f.result() for f in summaries]
    results += [f.result() for f in titles]
    results += [f.result() for f in notes]
    return write_results(results)
