"""Data-quality checks: anomaly explanations and catalog docs.

Added late; registered on the Kafka broker from workers.app via
`broker.include_router(quality.router)` (see DE-455 - not wired yet in prod).
"""
from __future__ import annotations

import json
from functools import partial

from faststream import Context, Depends
from faststream.kafka import KafkaRouter

from workers.deps import AnthropicClient, OpenAIClient, Warehouse
from workers.services.catalog import CatalogWriter, describe_column, glossary_terms, profile_column
from workers.services.llm_usage_tracker import llm_tracker
from workers.settings import settings

router = KafkaRouter(prefix="de.quality.")

alerts_pub = router.publisher("de.quality.alerts")


class AnomalyScorer:
    """z-score on daily row counts. `predict` is ours, not a model call."""

    def __init__(self, threshold: float = 3.0) -> None:
        self.threshold = threshold

    def predict(self, history: list[int], today: int) -> bool:
        if len(history) < 3:
            return False
        mean = sum(history) / len(history)
        var = sum((h - mean) ** 2 for h in history) / len(history)
        return var > 0 and abs(today - mean) / var**0.5 > self.threshold


def scorer() -> AnomalyScorer:
    return AnomalyScorer(threshold=3.5)


@router.subscriber("rowcounts", group_id="quality")
async def check_rowcounts(
    body: dict,
    client: OpenAIClient,
    anomaly: AnomalyScorer = Depends(scorer),
) -> None:
    if not anomaly.predict(body["history"], body["today"]):
        return
    explain = partial(
        client.chat.completions.create,
        model=settings.llm.classify_model,
        temperature=0.1,
    )
    resp = await explain(
        messages=[
            {"role": "system", "content": "Suggest likely causes for a row-count anomaly in an ETL table."},
            {"role": "user", "content": json.dumps(body)},
        ]
    )
    await alerts_pub.publish({"table": body["table"], "explanation": resp.choices[0].message.content})


@router.subscriber("catalog.profile", group_id="quality")
async def document_table(body: dict, client: OpenAIClient, claude: AnthropicClient, wh: Warehouse) -> None:
    writer = CatalogWriter(wh)
    docs = []
    for column, values in body["columns"].items():
        doc = await describe_column(client, body["table"], column, profile_column(values))
        await writer.save(doc)
        docs.append(doc)
    terms = await glossary_terms(claude, docs)
    await alerts_pub.publish({"table": body["table"], "glossary": terms}, topic="de.catalog.glossary")


@router.subscriber("freshness", group_id="quality")
async def freshness_note(body: dict, anthropic_client=Context()) -> dict:
    async with llm_tracker.track_llm_call(
        provider="anthropic", model=settings.llm.summary_model, feature_context="freshness_note"
    ) as usage_log:
        msg = await anthropic_client.messages.create(
            model=settings.llm.summary_model,
            max_tokens=200,
            messages=[{"role": "user", "content": f"Write a stale-data notice for {body['table']} ({body['lag_hours']}h late)."}],
        )
        usage_log.input_tokens = msg.usage.input_tokens
        usage_log.output_tokens = msg.usage.output_tokens
    return {"table": body["table"], "notice": msg.content[0].text}
