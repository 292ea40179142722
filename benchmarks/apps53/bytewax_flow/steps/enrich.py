"""Customer enrichment: plan tier from the CRM + a one-line intent label (tracked)."""
from __future__ import annotations

import asyncio
import logging

from app.services.llm_usage_tracker import llm_tracker
from clients.http import get_http, helpdesk_headers
from clients.worker_cache import get_worker_clients
from common.config import get_settings
from common.schema import Triage

log = logging.getLogger(__name__)

INTENT_PROMPT = "In at most six words, what does the customer want?\n\n{body}"


def fetch_plan(customer_id: str) -> str:
    settings = get_settings()
    resp = get_http().get(f"{settings.helpdesk_url}/api/v2/users/{customer_id}.json", headers=helpdesk_headers())
    if resp.status_code != 200:
        return "unknown"
    return resp.json().get("user", {}).get("user_fields", {}).get("plan", "unknown")


async def _intent(body: str) -> str:
    client = get_worker_clients().openai
    model = get_settings().models.classify_model
    async with llm_tracker.track_llm_call(provider="openai", model=model, feature_context="intent_label") as usage_log:
        resp = client.chat.completions.create(
            model=model,
            messages=[{"role": "user", "content": INTENT_PROMPT.format(body=body[:1500])}],
            max_tokens=20,
        )
        usage_log.input_tokens = resp.usage.prompt_tokens
        usage_log.output_tokens = resp.usage.completion_tokens
    return (resp.choices[0].message.content or "").strip()


def enrich(triage: Triage) -> Triage:
    triage.message.metadata.setdefault("plan", fetch_plan(triage.message.customer_id))
    if triage.priority in {"p1", "p2"}:
        try:
            triage.message.metadata["intent"] = asyncio.run(_intent(triage.message.body))
        except Exception:  # noqa: BLE001
            log.warning("intent labelling failed", exc_info=True)
    if triage.message.metadata.get("plan") == "enterprise" and triage.priority == "p3":
        triage.priority = "p2"
    return triage
