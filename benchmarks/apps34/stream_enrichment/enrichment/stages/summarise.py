"""Summaries: per-ticket one-liners and per-product review digests."""
from __future__ import annotations

import json
import logging

from google.genai import types

from enrichment import prompts
from enrichment.clients import get_bedrock, get_genai
from enrichment.settings import get_settings
from enrichment.tracking import TaskComplexity, multi_model_service

log = logging.getLogger(__name__)


def summarise_ticket(text: str) -> str:
    """One-line summary via Gemini Flash."""
    s = get_settings()
    resp = get_genai().models.generate_content(
        model=s.gemini_model,
        contents=prompts.TICKET_SUMMARY_TEMPLATE.format(text=text[:8000]),
        config=types.GenerateContentConfig(temperature=0.2, max_output_tokens=120),
    )
    return (resp.text or "").strip()


def _digest_gemini(product_id: str, texts: list[str]) -> str:
    client = get_genai()
    prompt = prompts.DIGEST_TEMPLATE.format(n=len(texts), product_id=product_id,
                                           reviews=prompts.render_reviews(texts))
    chunks = []
    for chunk in client.models.generate_content_stream(model=get_settings().gemini_model, contents=prompt):
        if chunk.text:
            chunks.append(chunk.text)
    return "".join(chunks)


def _digest_bedrock(product_id: str, texts: list[str]) -> str:
    brt = get_bedrock()
    prompt = prompts.DIGEST_TEMPLATE.format(n=len(texts), product_id=product_id,
                                           reviews=prompts.render_reviews(texts))
    resp = brt.converse(
        modelId=get_settings().bedrock_model_id,
        messages=[{"role": "user", "content": [{"text": prompt}]}],
        inferenceConfig={"maxTokens": 600, "temperature": 0.3},
    )
    return resp["output"]["message"]["content"][0]["text"]


def _digest_tracked(product_id: str, texts: list[str]) -> str:
    import asyncio

    prompt = prompts.DIGEST_TEMPLATE.format(n=len(texts), product_id=product_id,
                                           reviews=prompts.render_reviews(texts))
    return asyncio.run(
        multi_model_service.generate_response(
            prompt=prompt, task_type="review_digest", complexity=TaskComplexity.SIMPLE
        )
    )


_DIGESTERS = {"gemini": _digest_gemini, "bedrock": _digest_bedrock, "tracked": _digest_tracked}


def summarise_reviews(product_id: str, texts: list[str]) -> str:
    if not texts:
        return ""
    backend = get_settings().summary_backend
    try:
        return _DIGESTERS[backend](product_id, texts)
    except Exception:
        log.exception("digest via %s failed for %s; falling back to tracked service", backend, product_id)
        return _digest_tracked(product_id, texts)


def titan_embed(text: str) -> list[float]:
    """Only used for the bedrock-only tenants (data residency)."""
    body = json.dumps({"inputText": text[:8000], "dimensions": 512, "normalize": True})
    resp = get_bedrock().invoke_model(
        modelId=get_settings().bedrock_titan_embed,
        body=body,
        contentType="application/json",
        accept="application/json",
    )
    return json.loads(resp["body"].read())["embedding"]
