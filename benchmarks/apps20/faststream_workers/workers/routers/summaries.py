"""Batch summaries for the daily data-quality digest."""
from __future__ import annotations

import json

import structlog
from faststream import Context, Logger
from faststream.kafka import KafkaRouter

from workers.deps import AnthropicClient, Bedrock
from workers.schemas import SummaryRequest, SummaryResult
from workers.services import Summarizer, multi_model_service
from workers.services.multi_model_service import TaskComplexity
from workers.settings import settings

log = structlog.get_logger(__name__)

router = KafkaRouter(prefix="de.summaries.")

SYSTEM = "You write short, factual data-quality summaries for {audience}. No speculation."


def _rows_preview(rows: list[dict], limit: int = 40) -> str:
    return "\n".join(json.dumps(r, default=str) for r in rows[:limit])


@router.subscriber("requested", group_id="summarizer")
@router.publisher("de.summaries.ready")
async def summarize_batch(req: SummaryRequest, claude: AnthropicClient, logger: Logger) -> SummaryResult:
    message = await claude.messages.create(
        model=settings.llm.summary_model,
        max_tokens=800,
        system=SYSTEM.format(audience=req.audience),
        messages=[{"role": "user", "content": _rows_preview(req.rows)}],
    )
    logger.info("summary done for %s", req.batch_id)
    return SummaryResult(
        batch_id=req.batch_id,
        summary=message.content[0].text,
        input_tokens=message.usage.input_tokens,
        output_tokens=message.usage.output_tokens,
    )


@router.subscriber("requested.long", group_id="summarizer")
@router.publisher("de.summaries.ready")
async def summarize_long(req: SummaryRequest, anthropic_client=Context()) -> SummaryResult:
    summarizer = Summarizer(anthropic_client, model=settings.llm.summary_model)
    text = await summarizer.stream_summary(req.rows, audience=req.audience)
    return SummaryResult(batch_id=req.batch_id, summary=text)


@router.subscriber("requested.cheap", group_id="summarizer")
@router.publisher("de.summaries.ready")
async def summarize_cheap(req: SummaryRequest) -> SummaryResult:
    text = await multi_model_service.generate_response(
        prompt=_rows_preview(req.rows, limit=15),
        task_type="summary",
        complexity=TaskComplexity.SIMPLE,
        system=SYSTEM.format(audience=req.audience),
    )
    return SummaryResult(batch_id=req.batch_id, summary=text)


@router.subscriber("requested.bedrock", group_id="summarizer")
@router.publisher("de.summaries.ready")
async def summarize_bedrock(req: SummaryRequest, runtime: Bedrock) -> SummaryResult:
    resp = runtime.converse(
        modelId=settings.llm.bedrock_model_id,
        system=[{"text": SYSTEM.format(audience=req.audience)}],
        messages=[{"role": "user", "content": [{"text": _rows_preview(req.rows)}]}],
        inferenceConfig={"maxTokens": 800, "temperature": 0.2},
    )
    usage = resp["usage"]
    return SummaryResult(
        batch_id=req.batch_id,
        summary=resp["output"]["message"]["content"][0]["text"],
        input_tokens=usage["inputTokens"],
        output_tokens=usage["outputTokens"],
    )


@router.subscriber("budget_check", group_id="summarizer")
async def budget_check(req: SummaryRequest, claude: AnthropicClient) -> dict:
    count = await claude.messages.count_tokens(
        model=settings.llm.summary_model,
        messages=[{"role": "user", "content": _rows_preview(req.rows)}],
    )
    return {"batch_id": req.batch_id, "input_tokens": count.input_tokens}
