"""Conversation summaries for the CX dashboards (Zendesk threads)."""
import asyncio
from collections import defaultdict
from typing import Dict, List

from dagster import AssetExecutionContext, Config, MaterializeResult, asset

from ..llm.batch import submit_anthropic_batch
from ..llm.prompts import SUPPORT_SUMMARY_SYSTEM
from ..models import SupportThread
from ..partitions import daily_partitions
from ..resources import AnthropicResource, WarehouseResource
from ..settings import MODELS

# Above this many input tokens we stream, otherwise long generations hit the
# SDK's non-streaming timeout guard.
STREAM_THRESHOLD_TOKENS = 20_000
ESCALATION_CONCURRENCY = 8


def _load_threads(warehouse: WarehouseResource, day: str, where: str = "true") -> List[SupportThread]:
    rows = warehouse.fetch_dicts(
        "select t.ticket_id, t.subject, t.customer_locale, c.body "
        "from stg_support_tickets t join stg_ticket_comments c using (ticket_id) "
        f"where t.created_at::date = %s and {where} order by t.ticket_id, c.created_at",
        (day,),
    )
    grouped: Dict[str, SupportThread] = {}
    for row in rows:
        thread = grouped.get(row["ticket_id"])
        if thread is None:
            thread = SupportThread(row["ticket_id"], row["subject"], [], row["customer_locale"] or "en-US")
            grouped[row["ticket_id"]] = thread
        thread.messages.append(row["body"])
    return list(grouped.values())


def _text(message) -> str:
    return "".join(block.text for block in message.content if block.type == "text").strip()


class SummaryConfig(Config):
    model: str = MODELS.summary_cheap
    max_tokens: int = 500


@asset(partitions_def=daily_partitions, deps=["stg_support_tickets"], group_name="support", compute_kind="anthropic")
def support_thread_summaries(
    context: AssetExecutionContext,
    config: SummaryConfig,
    anthropic: AnthropicResource,
    warehouse: WarehouseResource,
) -> MaterializeResult:
    client = anthropic.get_client()
    threads = _load_threads(warehouse, context.partition_key)
    usage = defaultdict(int)
    rows = []

    for thread in threads:
        messages = [{"role": "user", "content": f"Subject: {thread.subject}\n\n{thread.transcript}"}]
        count = client.messages.count_tokens(
            model=config.model,
            system=SUPPORT_SUMMARY_SYSTEM,
            messages=messages,
        )
        if count.input_tokens > STREAM_THRESHOLD_TOKENS:
            with client.messages.stream(
                model=MODELS.summary,
                max_tokens=config.max_tokens,
                system=SUPPORT_SUMMARY_SYSTEM,
                messages=messages,
            ) as stream:
                message = stream.get_final_message()
        else:
            message = client.messages.create(
                model=config.model,
                max_tokens=config.max_tokens,
                system=SUPPORT_SUMMARY_SYSTEM,
                messages=messages,
            )
        usage["input_tokens"] += message.usage.input_tokens
        usage["output_tokens"] += message.usage.output_tokens
        rows.append(
            {
                "ticket_id": thread.ticket_id,
                "summary": _text(message),
                "model": message.model,
                "partition_date": context.partition_key,
            }
        )

    written = warehouse.upsert_rows("support_summaries", rows, key=["ticket_id"])
    return MaterializeResult(metadata={"rows": written, **usage})


@asset(partitions_def=daily_partitions, deps=["stg_support_tickets"], group_name="support", compute_kind="anthropic")
async def escalation_summaries(
    context: AssetExecutionContext,
    anthropic: AnthropicResource,
    warehouse: WarehouseResource,
) -> MaterializeResult:
    """Sonnet summaries for escalated tickets only; these go to the weekly exec review."""
    threads = _load_threads(warehouse, context.partition_key, where="t.is_escalated")
    client = anthropic.get_async_client()
    semaphore = asyncio.Semaphore(ESCALATION_CONCURRENCY)

    async def summarize(thread: SupportThread) -> Dict[str, str]:
        async with semaphore:
            message = await client.messages.create(
                model=MODELS.summary,
                max_tokens=800,
                system=SUPPORT_SUMMARY_SYSTEM + "\nAlso list concrete follow-up actions.",
                messages=[{"role": "user", "content": thread.transcript}],
            )
        return {"ticket_id": thread.ticket_id, "summary": _text(message), "partition_date": context.partition_key}

    rows = await asyncio.gather(*(summarize(t) for t in threads))
    written = warehouse.upsert_rows("escalation_summaries", rows, key=["ticket_id"])
    return MaterializeResult(metadata={"rows": written})


class SummaryBackfillConfig(Config):
    start_date: str
    end_date: str


@asset(group_name="support", compute_kind="anthropic")
def support_summaries_backfill_batch(
    context: AssetExecutionContext,
    config: SummaryBackfillConfig,
    anthropic: AnthropicResource,
    warehouse: WarehouseResource,
) -> MaterializeResult:
    """Historical summaries via the Message Batches API (half price, results within 24h)."""
    rows = warehouse.fetch_dicts(
        "select ticket_id, subject, transcript from mart_ticket_transcripts "
        "where created_at::date between %s and %s and ticket_id not in (select ticket_id from support_summaries)",
        (config.start_date, config.end_date),
    )
    requests = [
        {
            "custom_id": row["ticket_id"],
            "params": {
                "model": MODELS.summary_cheap,
                "max_tokens": 500,
                "system": SUPPORT_SUMMARY_SYSTEM,
                "messages": [{"role": "user", "content": f"Subject: {row['subject']}\n\n{row['transcript']}"}],
            },
        }
        for row in rows
    ]
    batch_ids = []
    for start in range(0, len(requests), 10_000):
        batch_ids.append(submit_anthropic_batch(anthropic.get_client(), requests[start : start + 10_000]))
    context.log.info("submitted %d Anthropic batches", len(batch_ids))
    return MaterializeResult(metadata={"batch_ids": ", ".join(batch_ids), "requests": len(requests)})
