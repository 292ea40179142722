"""CRM summary nodes (Mistral).

Half-migrated: `summarize_thread_tracked` is the new way; the two older nodes are
still wired into the triage graph / backfill script. FIXME(dana): switch the graph
over once the finops dashboard handles mistral pricing.
"""
from __future__ import annotations

import logging

from langchain_core.runnables import RunnableConfig

from app.agents.prompts import SUMMARY_SYSTEM, render_transcript
from app.config import settings
from app.graphs.state import TicketState
from app.providers import get_mistral_client
from app.services.llm_usage_tracker import llm_tracker

logger = logging.getLogger(__name__)


def _summary_messages(state: TicketState) -> list[dict]:
    return [
        {"role": "system", "content": SUMMARY_SYSTEM},
        {"role": "user", "content": render_transcript(state["messages"])},
    ]


def summarize_thread(state: TicketState, config: RunnableConfig | None = None) -> dict:
    model = (config or {}).get("configurable", {}).get("summary_model", settings.summary_model)
    client = get_mistral_client()
    res = client.chat.complete(
        model=model,
        messages=_summary_messages(state),
        max_tokens=400,
        temperature=0.1,
    )
    summary = res.choices[0].message.content if res and res.choices else ""
    return {"summary": summary or ""}


async def asummarize_thread(state: TicketState) -> dict:
    client = get_mistral_client()
    res = await client.chat.complete_async(
        model=settings.summary_model,
        messages=_summary_messages(state),
        max_tokens=400,
    )
    return {"summary": res.choices[0].message.content or ""}


async def summarize_thread_tracked(state: TicketState) -> dict:
    client = get_mistral_client()
    async with llm_tracker.track_llm_call(
        provider="mistral",
        model=settings.summary_model,
        feature_context="crm_summary",
        tenant_id=state.get("tenant_id"),
    ) as usage_log:
        res = await client.chat.complete_async(
            model=settings.summary_model,
            messages=_summary_messages(state),
            max_tokens=400,
        )
        usage_log.input_tokens = res.usage.prompt_tokens
        usage_log.output_tokens = res.usage.completion_tokens
    return {"summary": res.choices[0].message.content or ""}
