"""Scheduled jobs: nightly digest, weekly model quality probe, health check."""

from __future__ import annotations

import logging
from collections import defaultdict
from datetime import datetime, timezone

import azure.functions as func

from shared_code.clients import aoai_client, get_aoai_client, get_hf_client, ping_chat_deployment
from shared_code.repository import DocumentRepository
from shared_code.services import TaskComplexity, multi_model_service
from shared_code.services.notifications import notify_teams
from shared_code.services.summarizer import summarize_map_reduce
from shared_code.settings import get_settings

logger = logging.getLogger(__name__)

bp = func.Blueprint()

QUALITY_PROBES = [
    "Summarise in one sentence: The supplier shall deliver 400 units by 1 March 2025.",
    "What is the capital of the Netherlands? Answer with one word.",
    "Translate to English: 'Die Rechnung ist bis zum 15. fällig.'",
]


@bp.timer_trigger(arg_name="timer", schedule="0 30 2 * * *", run_on_startup=False, use_monitor=True)
def nightly_digest(timer: func.TimerRequest) -> None:
    if timer.past_due:
        logger.warning("nightly_digest is running late")
    repo = DocumentRepository.from_settings()
    by_tenant = defaultdict(list)
    for record in repo.list_by_status("enriched", limit=2000):
        by_tenant[record.tenant_id].append(record)

    for tenant_id, records in by_tenant.items():
        corpus = "\n\n".join(f"# {r.title}\n{r.summary or r.body[:1500]}" for r in records)
        result = summarize_map_reduce(aoai_client, corpus, max_sentences=10)
        logger.info("Digest for %s: %d docs, %d chunks, %d/%d tokens", tenant_id, len(records),
                    result.chunks, result.input_tokens, result.output_tokens)
        for record in records:
            repo.mark_status(tenant_id, record.document_id, "digested")


@bp.timer_trigger(arg_name="timer", schedule="0 0 6 * * 1", run_on_startup=False)
def weekly_quality_probe(timer: func.TimerRequest) -> None:
    """Sends a fixed set of prompts to the HF chat model and logs the answers for review."""
    client = get_hf_client("chat")
    model = get_settings().vendors.hf_chat_model
    report_lines = []
    for probe in QUALITY_PROBES:
        try:
            response = client.chat.completions.create(
                model=model,
                messages=[{"role": "user", "content": probe}],
                max_tokens=80,
            )
            report_lines.append(f"- **{probe}**\n  {response.choices[0].message.content}")
        except Exception as exc:  # noqa: BLE001
            report_lines.append(f"- **{probe}**\n  ERROR: {exc}")
    logger.info("Quality probe results:\n%s", "\n".join(report_lines))


@bp.timer_trigger(arg_name="timer", schedule="0 */15 * * * *", run_on_startup=True)
def health_check(timer: func.TimerRequest) -> None:
    now = datetime.now(timezone.utc).isoformat()
    deployments_ok = True
    try:
        listed = {m.id for m in get_aoai_client().models.list()}
        logger.debug("Azure OpenAI models visible: %d", len(listed))
    except Exception:  # noqa: BLE001
        deployments_ok = False
    if not (deployments_ok and ping_chat_deployment()):
        notify_teams("DocIntel health check failed", f"Azure OpenAI unreachable at {now}")


@bp.timer_trigger(arg_name="timer", schedule="0 0 7 * * 1-5", run_on_startup=False)
async def morning_briefing(timer: func.TimerRequest) -> None:
    """Short 'what changed overnight' note per tenant; tracked via multi_model_service."""
    repo = DocumentRepository.from_settings()
    grouped = defaultdict(list)
    for record in repo.list_by_status("digested", limit=500):
        grouped[record.tenant_id].append(record.title)
    for tenant_id, titles in grouped.items():
        note = await multi_model_service.generate_response(
            prompt="Write a 3-bullet briefing about these new documents:\n" + "\n".join(titles[:50]),
            task_type="briefing",
            complexity=TaskComplexity.SIMPLE,
            tenant_id=tenant_id,
        )
        logger.info("Briefing for %s: %s", tenant_id, note[:200])
