"""Review summarisation on Bedrock (Claude via Converse)."""
from __future__ import annotations

import asyncio
import json
import logging

from enrich.lib.parsing import bedrock_text, bedrock_usage
from enrich.lib.prompts import REGISTRY
from enrich.plugins import worker_clients

log = logging.getLogger(__name__)

DEFAULT_MODEL = "anthropic.claude-3-haiku-20240307-v1:0"
MAX_REVIEWS = 40


def _render(sku: str, reviews: list[str]) -> str:
    joined = "\n".join(f"- {r.strip()[:600]}" for r in reviews[:MAX_REVIEWS])
    return REGISTRY["summarize_reviews"].generate(sku=sku, reviews=joined)


def summarize_group(item: tuple[str, list[dict]], model_id: str = DEFAULT_MODEL) -> dict:
    """For ``bag.groupby('sku').map(summarize_group)``."""
    sku, rows = item
    reviews = [r["body"] for r in rows if r.get("body")]
    if not reviews:
        return {"sku": sku, "summary": None, "n_reviews": 0}
    bundle = worker_clients()
    bundle.limiters["bedrock"].acquire()
    response = bundle.bedrock.converse(
        modelId=model_id,
        messages=[{"role": "user", "content": [{"text": _render(sku, reviews)}]}],
        inferenceConfig={"maxTokens": 300, "temperature": 0.2},
    )
    in_tok, out_tok = bedrock_usage(response)
    return {
        "sku": sku,
        "summary": bedrock_text(response),
        "n_reviews": len(reviews),
        "input_tokens": in_tok,
        "output_tokens": out_tok,
    }


def summarize_group_raw(item: tuple[str, list[dict]], model_id: str = DEFAULT_MODEL) -> dict:
    """Old InvokeModel path; still used by the weekly job for the Titan model ids."""
    sku, rows = item
    reviews = [r["body"] for r in rows if r.get("body")]
    runtime = worker_clients().bedrock
    if model_id.startswith("amazon.titan"):
        body = {"inputText": _render(sku, reviews), "textGenerationConfig": {"maxTokenCount": 300}}
    else:
        body = {
            "anthropic_version": "bedrock-2023-05-31",
            "max_tokens": 300,
            "messages": [{"role": "user", "content": _render(sku, reviews)}],
        }
    raw = runtime.invoke_model(
        modelId=model_id,
        body=json.dumps(body),
        contentType="application/json",
        accept="application/json",
    )
    payload = json.loads(raw["body"].read())
    if "results" in payload:
        text = payload["results"][0]["outputText"]
    else:
        text = "".join(c.get("text", "") for c in payload.get("content", []))
    return {"sku": sku, "summary": text, "n_reviews": len(reviews)}


async def _summarize_async(groups: list[tuple[str, list[dict]]], model_id: str, concurrency: int) -> list[dict]:
    runtime = worker_clients().bedrock
    sem = asyncio.Semaphore(concurrency)

    async def one(sku: str, rows: list[dict]) -> dict:
        prompt = _render(sku, [r["body"] for r in rows if r.get("body")])
        async with sem:
            resp = await asyncio.to_thread(
                runtime.converse,
                modelId=model_id,
                messages=[{"role": "user", "content": [{"text": prompt}]}],
                inferenceConfig={"maxTokens": 300},
            )
        return {"sku": sku, "summary": bedrock_text(resp), "n_reviews": len(rows)}

    return await asyncio.gather(*(one(s, r) for s, r in groups))


def summarize_partition_groups(groups: list[tuple[str, list[dict]]], model_id: str = DEFAULT_MODEL,
                               concurrency: int = 8) -> list[dict]:
    """Used by ``bag.map_partitions`` when the groups are small."""
    return asyncio.run(_summarize_async(list(groups), model_id, concurrency))
