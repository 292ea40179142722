"""Gemini on Vertex AI via google-genai (``engine.genai``)."""
from __future__ import annotations

import logging

from google.genai import types

from docflow import hookimpl
from docflow.models import Document, Summary

log = logging.getLogger(__name__)

PLUGIN_NAME = "vertex_plugin"
EMBED_MODEL = "text-embedding-005"
_MAX_CONTEXT = 900_000

_SAFETY = [
    types.SafetySetting(
        category=types.HarmCategory.HARM_CATEGORY_DANGEROUS_CONTENT,
        threshold=types.HarmBlockThreshold.BLOCK_ONLY_HIGH,
    ),
]


@hookimpl
def docflow_describe() -> dict:
    return {"name": PLUGIN_NAME, "capabilities": ["summarize", "embed"]}


@hookimpl
def summarize(engine, document: Document, max_words: int) -> Summary | None:
    if engine.settings.summary_plugin != PLUGIN_NAME:
        return None
    model = engine.settings.gemini_model
    tokens = engine.genai.models.count_tokens(model=model, contents=document.text)
    if tokens.total_tokens > _MAX_CONTEXT:
        log.warning("document %s too long for %s (%d tokens)", document.id, model, tokens.total_tokens)
        return None
    response = engine.genai.models.generate_content(
        model=model,
        contents=document.text,
        config=types.GenerateContentConfig(
            system_instruction=f"Summarize in at most {max_words} words.",
            temperature=0.3,
            max_output_tokens=max_words * 3,
            safety_settings=_SAFETY,
        ),
    )
    meta = response.usage_metadata
    return Summary(
        text=response.text or "",
        plugin=PLUGIN_NAME,
        model=model,
        input_tokens=meta.prompt_token_count if meta else None,
        output_tokens=meta.candidates_token_count if meta else None,
    )


@hookimpl
def embed(engine, texts: list[str], purpose: str) -> list[list[float]] | None:
    if engine.settings.embedding_plugin != "vertex":
        return None
    task = "RETRIEVAL_QUERY" if purpose == "query" else "RETRIEVAL_DOCUMENT"
    result = engine.genai.models.embed_content(
        model=EMBED_MODEL,
        contents=texts,
        config=types.EmbedContentConfig(task_type=task, output_dimensionality=768),
    )
    return [e.values for e in result.embeddings]


def stream_outline(engine, document: Document):
    """Yield an outline incrementally (used by the CLI preview)."""
    for chunk in engine.genai.models.generate_content_stream(
        model=engine.settings.gemini_model,
        contents=["Produce a hierarchical outline of this document:", document.text],
    ):
        if chunk.text:
            yield chunk.text


async def translate(engine, text: str, target_lang: str) -> str:
    response = await engine.genai.aio.models.generate_content(
        model=engine.settings.gemini_model,
        contents=f"Translate to {target_lang}. Output only the translation.\n\n{text}",
    )
    return response.text or ""
