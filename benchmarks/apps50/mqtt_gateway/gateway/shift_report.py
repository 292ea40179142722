"""End-of-shift report.

Runs from cron (see scripts/) and from the ``shift/end`` retained message.
This one was written after the tracking policy landed, so model calls go
through ``llm_tracker``.
"""
from __future__ import annotations

import logging
from datetime import datetime, timezone

from google.genai import types

from gateway.services.clients import get_async_anthropic_client, get_genai_client
from gateway.services.llm_usage_tracker import llm_tracker
from gateway.services.multi_model_service import TaskComplexity, multi_model_service
from gateway.storage import IncidentStore

log = logging.getLogger(__name__)

REPORT_MODEL = "gemini-2.0-flash"


def _incident_digest(store: IncidentStore) -> str:
    rows = store.recent(limit=200)
    by_kind: dict[str, list[str]] = {}
    for r in rows:
        by_kind.setdefault(r["kind"], []).append(f"{r['subject']}: {r['body'][:120]}")
    parts = []
    for kind, items in sorted(by_kind.items()):
        parts.append(f"## {kind} ({len(items)})\n" + "\n".join(f"- {i}" for i in items[:25]))
    return "\n\n".join(parts)


async def build_report(store: IncidentStore) -> str:
    digest = _incident_digest(store)
    if not digest:
        return "Quiet shift: no incidents recorded."
    client = get_genai_client()
    async with llm_tracker.track_llm_call(
        provider="google", model=REPORT_MODEL, feature_context="shift_report"
    ) as usage_log:
        resp = await client.aio.models.generate_content(
            model=REPORT_MODEL,
            contents=f"Write a shift report from these incidents:\n\n{digest}",
            config=types.GenerateContentConfig(temperature=0.3, max_output_tokens=1200),
        )
        usage_log.input_tokens = resp.usage_metadata.prompt_token_count
        usage_log.output_tokens = resp.usage_metadata.candidates_token_count
    header = f"# Shift report {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC\n\n"
    return header + (resp.text or "")


async def action_items(report: str) -> str:
    return await multi_model_service.generate_response(
        prompt=f"Extract follow-up action items as a numbered list:\n\n{report}",
        task_type="shift_actions",
        complexity=TaskComplexity.AGENTIC,
    )


async def email_digest(report: str, recipients: list[str]) -> str:
    """Condense the report into an e-mail body for managers.

    TODO(GW-240): move this onto multi_model_service like action_items().
    """
    claude = get_async_anthropic_client()
    msg = await claude.messages.create(
        model="claude-3-5-haiku-latest",
        max_tokens=500,
        system="Rewrite shift reports as a short e-mail for plant management.",
        messages=[{"role": "user", "content": f"Recipients: {', '.join(recipients)}\n\n{report}"}],
    )
    return "".join(b.text for b in msg.content if b.type == "text")
