"""Enrich fresh alerts with context before reporters see them (every 2 minutes)."""
from __future__ import annotations

import json

import voyageai

from monitor import clients, llm
from monitor.context import JobContext
from monitor.services.alerting import Alert, alert_book
from monitor.services.llm_usage_tracker import llm_tracker


async def _local_tags(alert: Alert) -> list[str]:
    client = clients.get_async_ollama()
    resp = await client.chat(
        model="llama3.1:8b",
        messages=[{"role": "user", "content": f"Give 3 comma-separated tags for: {alert.message}"}],
        format="json",
    )
    try:
        return list(json.loads(resp["message"]["content"]).get("tags", []))
    except (ValueError, AttributeError):
        return []


async def _similar_alerts(texts: list[str], query: str) -> list[int]:
    vo = voyageai.AsyncClient()
    res = await vo.rerank(query, texts, model="rerank-2-lite", top_k=3)
    return [r.index for r in res.results]


def _bedrock_severity(alert: Alert) -> str:
    body = json.dumps({
        "anthropic_version": "bedrock-2023-05-31",
        "max_tokens": 10,
        "messages": [{"role": "user", "content":
                      f"Answer only low, medium or high. Severity of: {alert.message}"}],
    })
    resp = llm.bedrock_runtime().invoke_model(
        modelId="anthropic.claude-3-haiku-20240307-v1:0", body=body
    )
    payload = json.loads(resp["body"].read())
    return payload["content"][0]["text"].strip().lower()


async def _tracked_embedding(ctx: JobContext, text: str) -> list[float]:
    model = ctx.model_for("openai", "embedding_model", "text-embedding-3-small")
    async with llm_tracker.track_llm_call(
        provider="openai", model=model, feature_context="alert_embedding"
    ) as usage_log:
        resp = await clients.get_async_openai().embeddings.create(model=model, input=text)
        usage_log.input_tokens = resp.usage.prompt_tokens
        usage_log.output_tokens = 0
    return resp.data[0].embedding


async def enrich_alerts(ctx: JobContext) -> int:
    pending = list(alert_book.open)
    if not pending:
        return 0
    texts = [a.message for a in pending]
    for alert in pending:
        alert.labels.setdefault("tags", ",".join(await _local_tags(alert)))
        if alert.severity == "warn":
            alert.labels["llm_severity"] = _bedrock_severity(alert)
        alert.labels["similar"] = ",".join(map(str, await _similar_alerts(texts, alert.message)))
        ctx.extras.setdefault("alert_vecs", {})[alert.fingerprint] = await _tracked_embedding(
            ctx, alert.message
        )
    return len(pending)


def screen_operator_note(ctx: JobContext, note: str) -> bool:
    """Operators can attach free-text notes via /ask; screen them before they hit Slack."""
    result = ctx.llm.moderations.create(model="omni-moderation-latest", input=note)
    return not result.results[0].flagged
