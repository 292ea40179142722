"""Hugging Face Inference Providers plugin.

Mostly used for open-weight models that legal asked us to prefer for
EU-only documents (``metadata["region"] == "eu"``).
"""
from __future__ import annotations

import logging

from docflow import hookimpl
from docflow.models import Document, Summary
from docflow.providers.registry import registry

log = logging.getLogger(__name__)

PLUGIN_NAME = "hf_plugin"
CHAT_MODEL = "meta-llama/Llama-3.3-70B-Instruct"
SUMMARY_MODEL = "facebook/bart-large-cnn"
EMBED_MODEL = "BAAI/bge-large-en-v1.5"


def _is_eu(document: Document) -> bool:
    return document.metadata.get("region") == "eu"


@hookimpl
def docflow_describe() -> dict:
    return {"name": PLUGIN_NAME, "capabilities": ["summarize", "embed"]}


@hookimpl(tryfirst=True)
def summarize(engine, document: Document, max_words: int) -> Summary | None:
    if not _is_eu(document):
        return None
    client = registry.get("hf")
    # TODO(ana): the bart summarizer path was removed (quality); drop SUMMARY_MODEL
    out = client.chat_completion(
        messages=[
            {"role": "system", "content": f"Summarize in at most {max_words} words."},
            {"role": "user", "content": document.text},
        ],
        model=CHAT_MODEL,
        max_tokens=max_words * 2,
    )
    return Summary(
        text=out.choices[0].message.content,
        plugin=PLUGIN_NAME,
        model=CHAT_MODEL,
        input_tokens=out.usage.prompt_tokens,
        output_tokens=out.usage.completion_tokens,
    )


@hookimpl
def embed(engine, texts: list[str], purpose: str) -> list[list[float]] | None:
    if engine.settings.embedding_plugin != "hf":
        return None
    vectors = []
    for text in texts:
        arr = engine.hf.feature_extraction(text, model=EMBED_MODEL, normalize=True)
        vectors.append(arr.tolist())
    return vectors
