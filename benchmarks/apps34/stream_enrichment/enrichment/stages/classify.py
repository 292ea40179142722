"""Ticket / review classification."""
from __future__ import annotations

import json
import logging

from openai import OpenAI

from enrichment import prompts
from enrichment.clients import chat_client, get_cohere
from enrichment.models import Classification, InboundRecord
from enrichment.settings import get_settings

log = logging.getLogger(__name__)

_FALLBACK = Classification(category="other", priority="p3", sentiment="neutral", confidence=0.0)


def _parse(raw: str | None) -> Classification:
    if not raw:
        return _FALLBACK
    try:
        data = json.loads(raw)
    except json.JSONDecodeError:
        log.warning("classifier returned non-JSON: %.80s", raw)
        return _FALLBACK
    return Classification(
        category=data.get("category", "other"),
        priority=data.get("priority", "p3"),
        sentiment=data.get("sentiment", "neutral"),
        language=data.get("language", "en"),
        confidence=float(data.get("confidence", 0.0)),
    )


def classify_record(rec: InboundRecord, client: OpenAI | None = None) -> Classification:
    """Classify a support ticket. ``client`` is injected by the operator; default is per-worker."""
    client = client or chat_client()
    s = get_settings()
    model = s.azure_deployment if s.use_azure else s.classify_model
    resp = client.chat.completions.create(
        model=model,
        messages=[
            {"role": "system", "content": prompts.CLASSIFY_SYSTEM},
            {"role": "user", "content": rec.text[:6000]},
        ],
        response_format={"type": "json_object"},
        temperature=0,
    )
    return _parse(resp.choices[0].message.content)


def classify_review(rec: InboundRecord) -> Classification:
    """Reviews go to Cohere: cheaper, and the multilingual model handles the DE/FR catalog."""
    co = get_cohere()
    res = co.chat(
        model=get_settings().cohere_chat_model,
        messages=[
            {"role": "system", "content": prompts.REVIEW_CLASSIFY_SYSTEM},
            {"role": "user", "content": rec.text[:4000]},
        ],
        response_format={"type": "json_object"},
        temperature=0.0,
    )
    text = res.message.content[0].text if res.message and res.message.content else None
    cls = _parse(text)
    if rec.rating is not None and rec.rating <= 2 and cls.sentiment == "positive":
        cls.sentiment = "neutral"  # model disagrees with the stars; trust the stars a bit
    return cls


def classify_batch_structured(texts: list[str]) -> list[Classification]:
    """Experimental: structured outputs via the parse helper. Not wired into the flow yet."""
    from pydantic import BaseModel

    class _Label(BaseModel):
        category: str
        priority: str
        sentiment: str
        language: str
        confidence: float

    out = []
    client = chat_client()
    for t in texts:
        completion = client.beta.chat.completions.parse(
            model=get_settings().classify_model,
            messages=[{"role": "system", "content": prompts.CLASSIFY_SYSTEM}, {"role": "user", "content": t}],
            response_format=_Label,
        )
        parsed = completion.choices[0].message.parsed
        out.append(Classification(**parsed.model_dump()) if parsed else _FALLBACK)
    return out
