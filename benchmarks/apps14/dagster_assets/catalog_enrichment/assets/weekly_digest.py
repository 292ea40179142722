"""Weekly CX digest posted to #cx-leadership.

This was the first asset moved onto multi_model_service (DATA-812 pilot).
"""
import json
from typing import Any, Dict

from dagster import AssetExecutionContext, MaterializeResult, asset

from ..llm.prompts import DIGEST_PROMPT
from ..partitions import weekly_partitions
from ..resources import OpenAIResource, WarehouseResource
from ..services.llm_usage_tracker import llm_tracker
from ..services.multi_model_service import TaskComplexity, multi_model_service
from ..settings import MODELS


def _weekly_metrics(warehouse: WarehouseResource, start: str, end: str) -> Dict[str, Any]:
    rows = warehouse.fetch_dicts(
        "select intent, urgency, count(*) as n from ticket_triage t join stg_support_tickets s using (ticket_id) "
        "where s.created_at >= %s and s.created_at < %s group by 1, 2 order by n desc",
        (start, end),
    )
    themes = warehouse.fetch_dicts(
        "select negatives from review_themes where week = %s", (start[:10],)
    )
    return {"ticket_mix": rows, "review_negatives": [t["negatives"] for t in themes][:30]}


@asset(
    partitions_def=weekly_partitions,
    deps=["ticket_triage", "review_themes", "escalation_summaries"],
    group_name="support",
    compute_kind="llm",
)
async def weekly_cx_digest(
    context: AssetExecutionContext, openai: OpenAIResource, warehouse: WarehouseResource
) -> MaterializeResult:
    window = context.partition_time_window
    metrics = _weekly_metrics(warehouse, window.start.isoformat(), window.end.isoformat())

    digest = await multi_model_service.generate_response(
        prompt=DIGEST_PROMPT.format(metrics=json.dumps(metrics, default=str, indent=1)),
        task_type="weekly_cx_digest",
        complexity=TaskComplexity.STANDARD,
        max_tokens=600,
    )

    # Topic labels for the digest's tag cloud; still on the OpenAI client because the
    # service doesn't expose JSON mode yet, so we wrap it with the tracker by hand.
    client = openai.get_async_client()
    async with llm_tracker.track_llm_call(
        provider="openai", model=MODELS.classification, feature_context="weekly_cx_digest_tags"
    ) as usage_log:
        response = await client.chat.completions.create(
            model=MODELS.classification,
            messages=[
                {"role": "system", "content": 'Return {"tags": [...]} with 5-8 short topic tags.'},
                {"role": "user", "content": digest},
            ],
            response_format={"type": "json_object"},
        )
        usage_log.input_tokens = response.usage.prompt_tokens
        usage_log.output_tokens = response.usage.completion_tokens
    tags = json.loads(response.choices[0].message.content or "{}").get("tags", [])

    headline = await client.responses.create(
        model=MODELS.attributes,
        instructions="Write a single-sentence headline (max 12 words) for this weekly digest.",
        input=digest,
        max_output_tokens=40,
    )

    row = {
        "week": context.partition_key,
        "headline": headline.output_text.strip(),
        "digest": digest,
        "tags": json.dumps(tags),
    }
    warehouse.upsert_rows("weekly_cx_digest", [row], key=["week"])
    return MaterializeResult(metadata={"headline": row["headline"], "tags": len(tags)})
