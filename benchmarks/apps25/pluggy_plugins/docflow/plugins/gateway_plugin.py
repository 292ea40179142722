"""Gateway plugin: routes through the tracked multi-model service.

This is where new summarization traffic should go. It is registered last
so it gets first pick for firstresult hooks, and it declines (returns
None) when the caller asked for a specific provider plugin.
"""
from __future__ import annotations

import asyncio
import concurrent.futures
import json
import logging
from typing import Any, Coroutine, TypeVar

from app.services.llm_usage_tracker import llm_tracker
from app.services.multi_model_service import TaskComplexity, multi_model_service
from docflow import hookimpl
from docflow.models import Classification, Document, Summary

log = logging.getLogger(__name__)

PLUGIN_NAME = "gateway_plugin"
T = TypeVar("T")

_pool = concurrent.futures.ThreadPoolExecutor(max_workers=4, thread_name_prefix="docflow-gw")


def _run(coro: Coroutine[Any, Any, T]) -> T:
    """Run a coroutine from a sync hook, even if a loop is already running."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coro)
    return _pool.submit(asyncio.run, coro).result()


@hookimpl
def docflow_describe() -> dict:
    return {"name": PLUGIN_NAME, "capabilities": ["summarize", "classify"], "tracked": True}


@hookimpl
def summarize(engine, document: Document, max_words: int) -> Summary | None:
    if engine.settings.summary_plugin not in (None, PLUGIN_NAME):
        return None
    complexity = TaskComplexity.AGENTIC if len(document.text) > 40_000 else TaskComplexity.SIMPLE
    text = _run(
        multi_model_service.generate_response(
            prompt=f"Summarize in at most {max_words} words:\n\n{document.text}",
            task_type="summarization",
            complexity=complexity,
        )
    )
    return Summary(text=text, plugin=PLUGIN_NAME, model=f"multi-model:{complexity.value}")


async def _classify_tracked(engine, document: Document, labels: list[str]) -> Classification:
    model = engine.settings.claude_model
    async with llm_tracker.track_llm_call(
        provider="anthropic",
        model=model,
        feature_context="docflow_classify",
    ) as usage_log:
        msg = await engine.anthropic.messages.create(
            model=model,
            max_tokens=150,
            system='Answer with JSON {"label": ..., "confidence": ...}. Use only the given labels.',
            messages=[{"role": "user", "content": f"Labels: {labels}\n\n{document.head(6000)}"}],
        )
        usage_log.input_tokens = msg.usage.input_tokens
        usage_log.output_tokens = msg.usage.output_tokens
    data = json.loads(msg.content[0].text)
    return Classification(label=data["label"], confidence=float(data["confidence"]), plugin=PLUGIN_NAME)


@hookimpl
def classify(engine, document: Document, labels: list[str]) -> Classification | None:
    if document.metadata.get("region") == "eu":
        return None  # hf_plugin handles EU documents
    try:
        return _run(_classify_tracked(engine, document, labels))
    except (json.JSONDecodeError, KeyError) as exc:
        log.warning("gateway classify failed for %s: %s", document.id, exc)
        return None
