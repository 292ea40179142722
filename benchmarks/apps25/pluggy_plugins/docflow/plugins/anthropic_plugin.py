"""Claude-backed hooks.

The hooks are synchronous (pluggy), but ``engine.anthropic`` is an
``AsyncAnthropic`` used by the API. So this module keeps its own lazily
created *sync* client for hook calls.
"""
from __future__ import annotations

import json
import logging
import os
import threading

import anthropic

from docflow import hookimpl
from docflow.models import Classification, Document, Summary

log = logging.getLogger(__name__)

PLUGIN_NAME = "anthropic_plugin"
DEFAULT_MODEL = "claude-3-5-sonnet-latest"
_MAX_INPUT_TOKENS = 150_000

_client: anthropic.Anthropic | None = None
_client_lock = threading.Lock()


def _get_client() -> anthropic.Anthropic:
    global _client
    if _client is None:
        with _client_lock:
            if _client is None:
                _client = anthropic.Anthropic(
                    api_key=os.environ.get("DOCFLOW_ANTHROPIC_API_KEY") or os.environ.get("ANTHROPIC_API_KEY"),
                    max_retries=3,
                )
    return _client


def _fits(model: str, system: str, text: str) -> bool:
    count = _get_client().messages.count_tokens(
        model=model,
        system=system,
        messages=[{"role": "user", "content": text}],
    )
    return count.input_tokens < _MAX_INPUT_TOKENS


@hookimpl
def docflow_describe() -> dict:
    return {"name": PLUGIN_NAME, "capabilities": ["summarize", "extract_entities", "classify"]}


@hookimpl
def summarize(engine, document: Document, max_words: int) -> Summary | None:
    if engine.settings.summary_plugin != PLUGIN_NAME:
        return None
    model = engine.settings.claude_model or DEFAULT_MODEL
    system = f"Summarize the document in at most {max_words} words. Keep numbers and names exact."
    text = document.text
    if not _fits(model, system, text):
        text = text[: _MAX_INPUT_TOKENS * 3]
    message = _get_client().messages.create(
        model=model,
        max_tokens=1024,
        system=system,
        messages=[{"role": "user", "content": text}],
    )
    return Summary(
        text="".join(block.text for block in message.content if block.type == "text"),
        plugin=PLUGIN_NAME,
        model=message.model,
        input_tokens=message.usage.input_tokens,
        output_tokens=message.usage.output_tokens,
    )


ENTITY_TOOL = {
    "name": "record_entities",
    "description": "Record the named entities found in the document.",
    "input_schema": {
        "type": "object",
        "properties": {
            "entities": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {"text": {"type": "string"}, "type": {"type": "string"}},
                    "required": ["text", "type"],
                },
            }
        },
        "required": ["entities"],
    },
}


@hookimpl
def extract_entities(engine, document: Document) -> list[dict] | None:
    client = _get_client()
    entities: list[dict] = []
    # streamed because long contracts regularly exceed the 60s gateway timeout
    with client.messages.stream(
        model=engine.settings.claude_model,
        max_tokens=4096,
        tools=[ENTITY_TOOL],
        tool_choice={"type": "tool", "name": "record_entities"},
        messages=[{"role": "user", "content": document.text}],
    ) as stream:
        final = stream.get_final_message()
    for block in final.content:
        if block.type == "tool_use" and block.name == "record_entities":
            entities.extend(block.input.get("entities", []))
    log.debug("claude extracted %d entities from %s", len(entities), document.id)
    return entities


async def classify_async(engine, document: Document, labels: list[str]) -> Classification:
    """Async classification used by /documents/{id}/classify?fast=false."""
    msg = await engine.anthropic.messages.create(
        model=engine.settings.claude_model,
        max_tokens=200,
        system='Reply with JSON: {"label": <one of the labels>, "confidence": <0..1>}',
        messages=[
            {"role": "user", "content": f"Labels: {json.dumps(labels)}\n\nDocument:\n{document.head(8000)}"},
        ],
    )
    data = json.loads(msg.content[0].text)
    return Classification(label=data["label"], confidence=float(data["confidence"]), plugin=PLUGIN_NAME)


@hookimpl
def docflow_unconfigure(engine) -> None:
    global _client
    if _client is not None:
        _client.close()
        _client = None
