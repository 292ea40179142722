"""Record enrichment: classify raw CDC rows and tag them before they land in the lake."""
from __future__ import annotations

import json

import structlog
from faststream import Context, context
from faststream.kafka import KafkaRouter
from openai import AsyncOpenAI

from workers.deps import GrokCompatClient, OpenAIClient
from workers.schemas import ClassifiedRecord, RawRecord
from workers.services.enrichment_service import EnrichmentService
from workers.settings import settings

log = structlog.get_logger(__name__)

router = KafkaRouter(prefix="de.")

classified_pub = router.publisher("records.classified")
needs_review_pub = router.publisher("records.review")

CATEGORIES = ["customer", "order", "inventory", "marketing", "finance", "other"]

CLASSIFY_PROMPT = (
    "Classify the database row into one of: {cats}. "
    "Answer with JSON {{\"category\": ..., \"confidence\": 0-1}}."
)


@router.subscriber("records.raw", group_id="enrichment")
@router.publisher("records.classified")
async def classify_record(record: RawRecord, client: OpenAIClient) -> ClassifiedRecord:
    completion = await client.chat.completions.create(
        model=settings.llm.classify_model,
        response_format={"type": "json_object"},
        messages=[
            {"role": "system", "content": CLASSIFY_PROMPT.format(cats=", ".join(CATEGORIES))},
            {"role": "user", "content": json.dumps(record.payload, default=str)[:6000]},
        ],
        temperature=0,
    )
    data = json.loads(completion.choices[0].message.content or "{}")
    return ClassifiedRecord(
        **record.model_dump(),
        category=data.get("category", "other"),
        confidence=float(data.get("confidence", 0)),
        model=completion.model,
    )


@router.subscriber("records.classified", group_id="tagging")
async def tag_record(
    record: ClassifiedRecord,
    openai_client: AsyncOpenAI = Context(),
) -> None:
    if record.confidence >= 0.7:
        return
    # low confidence -> ask the bigger model and route to review
    resp = await openai_client.responses.create(
        model="gpt-4o",
        instructions="You re-check data classification for a warehouse ingestion pipeline.",
        input=f"Row: {json.dumps(record.payload, default=str)}\nProposed: {record.category}",
    )
    await needs_review_pub.publish(
        {"record_id": record.record_id, "note": resp.output_text, "proposed": record.category}
    )


@router.subscriber("records.pii_scan", group_id="enrichment")
async def pii_scan(record: RawRecord) -> dict:
    # context.get is used here because this handler is also called from the backfill script
    grok = context.get("grok_client")
    result = await grok.chat.completions.create(
        model=settings.llm.grok_model,
        messages=[
            {"role": "system", "content": "List column names that contain PII. Reply with a JSON array."},
            {"role": "user", "content": json.dumps(list(record.payload.keys()))},
        ],
    )
    cols = json.loads(result.choices[0].message.content or "[]")
    return {"record_id": record.record_id, "pii_columns": cols}


@router.subscriber("records.describe", group_id="enrichment")
async def describe_table(record: RawRecord, grok: GrokCompatClient) -> None:
    stream = await grok.chat.completions.create(
        model=settings.llm.grok_model,
        stream=True,
        messages=[{"role": "user", "content": f"Describe table {record.table} from sample: {record.payload}"}],
    )
    parts: list[str] = []
    async for chunk in stream:
        if chunk.choices and chunk.choices[0].delta.content:
            parts.append(chunk.choices[0].delta.content)
    await classified_pub.publish({"table": record.table, "description": "".join(parts)}, topic="de.tables.described")


@router.subscriber("records.enrich", group_id="enrichment-v2")
async def enrich_v2(record: RawRecord, client: OpenAIClient) -> None:
    # new path (DE-388): service object wraps the client
    service = EnrichmentService(client)
    enriched = await service.enrich(record)
    await classified_pub.publish(enriched)
