"""OpenAI-backed hooks: summaries, embeddings, classification, moderation.

Uses the clients owned by the Engine (``engine.openai`` /
``engine.async_openai``) rather than constructing its own.
"""
from __future__ import annotations

import logging
from typing import Literal

from pydantic import BaseModel

from docflow import hookimpl
from docflow.models import Classification, Document, Summary
from docflow.prompts import render_prompt
from docflow.tokens import truncate_to_tokens

log = logging.getLogger(__name__)

PLUGIN_NAME = "openai_plugin"


class _LabelChoice(BaseModel):
    label: str
    confidence: float
    rationale: str


@hookimpl
def docflow_describe() -> dict:
    return {"name": PLUGIN_NAME, "capabilities": ["summarize", "embed", "classify", "moderate"]}


@hookimpl
def docflow_configure(engine) -> None:
    if not engine.settings.openai_api_key:
        log.warning("openai plugin loaded without an API key; calls will fail")
        return
    # Fail fast on a bad key / wrong org instead of on the first request.
    available = {m.id for m in engine.openai.models.list()}
    if engine.settings.summary_model not in available:
        log.warning("summary model %s not visible to this key", engine.settings.summary_model)


@hookimpl(trylast=True)
def summarize(engine, document: Document, max_words: int) -> Summary | None:
    settings = engine.settings
    if settings.summary_plugin not in (None, PLUGIN_NAME):
        return None
    body = truncate_to_tokens(document.text, settings.max_chunk_tokens, model=settings.summary_model)
    prompt = render_prompt("summarize", document=document, body=body, max_words=max_words)
    completion = engine.openai.chat.completions.create(
        model=settings.summary_model,
        messages=[
            {"role": "system", "content": "You write faithful, concise summaries of business documents."},
            {"role": "user", "content": prompt},
        ],
        temperature=0.2,
        max_tokens=max_words * 2,
    )
    usage = completion.usage
    return Summary(
        text=completion.choices[0].message.content.strip(),
        plugin=PLUGIN_NAME,
        model=completion.model,
        input_tokens=usage.prompt_tokens if usage else None,
        output_tokens=usage.completion_tokens if usage else None,
    )


@hookimpl
def embed(engine, texts: list[str], purpose: Literal["document", "query"]) -> list[list[float]] | None:
    if engine.settings.embedding_plugin != "openai":
        return None
    out: list[list[float]] = []
    for start in range(0, len(texts), 512):
        batch = texts[start : start + 512]
        resp = engine.openai.embeddings.create(model=engine.settings.embedding_model, input=batch)
        out.extend(item.embedding for item in sorted(resp.data, key=lambda d: d.index))
    return out


@hookimpl
def classify(engine, document: Document, labels: list[str]) -> Classification | None:
    instructions = (
        "Classify the document into exactly one of these labels: "
        + ", ".join(labels)
        + ". Respond with the label, a confidence between 0 and 1, and one sentence of rationale."
    )
    response = engine.openai.responses.parse(
        model="gpt-4o-2024-08-06",
        instructions=instructions,
        input=document.head(6000),
        text_format=_LabelChoice,
    )
    parsed = response.output_parsed
    if parsed is None or parsed.label not in labels:
        log.info("openai classify returned unusable label for %s", document.id)
        return None
    return Classification(label=parsed.label, confidence=parsed.confidence, plugin=PLUGIN_NAME, rationale=parsed.rationale)


@hookimpl
def moderate(engine, text: str) -> dict | None:
    result = engine.openai.moderations.create(model="omni-moderation-latest", input=text).results[0]
    flagged = [name for name, hit in result.categories.model_dump().items() if hit]
    return {"flagged": result.flagged, "categories": flagged, "plugin": PLUGIN_NAME}


async def stream_summary(engine, document: Document, max_words: int = 200):
    """Async generator used by the SSE endpoint (not a hook: pluggy is sync)."""
    prompt = render_prompt("summarize", document=document, body=document.head(20000), max_words=max_words)
    stream = await engine.async_openai.chat.completions.create(
        model=engine.settings.summary_model,
        messages=[{"role": "user", "content": prompt}],
        stream=True,
        stream_options={"include_usage": True},
    )
    async for chunk in stream:
        if chunk.choices and chunk.choices[0].delta.content:
            yield chunk.choices[0].delta.content
