"""Helpers from the v0.x service, when everything went through litellm.

Still used by translation, the macro importer and a couple of worker jobs. New code should
use multi_model_service instead; see HD-388 for the migration plan.
"""
from __future__ import annotations

import asyncio
import functools
from typing import AsyncIterator, Dict, List, Optional

import litellm
from litellm import completion

from app.config import settings
from app.logging_config import get_logger
from app.services.llm_usage_tracker import llm_tracker

log = get_logger(__name__)

litellm.drop_params = True
litellm.num_retries = 2
litellm.request_timeout = settings.request_timeout

Messages = List[Dict[str, str]]

# Short, deterministic completions (labels, one-liners, translations of UI snippets).
quick_complete = functools.partial(litellm.acompletion, model=settings.legacy_model, temperature=0.2, max_tokens=256)


def _content(response) -> str:
    return (response.choices[0].message.content or "").strip()


async def ask(prompt: str, system: Optional[str] = None, model: Optional[str] = None) -> str:
    messages: Messages = []
    if system:
        messages.append({"role": "system", "content": system})
    messages.append({"role": "user", "content": prompt})
    response = await litellm.acompletion(model=model or settings.legacy_model, messages=messages)
    return _content(response)


async def ask_tracked(prompt: str, feature: str, model: Optional[str] = None) -> str:
    model = model or settings.legacy_model
    async with llm_tracker.track_llm_call(provider="openai", model=model, feature_context=feature) as usage_log:
        response = await litellm.acompletion(model=model, messages=[{"role": "user", "content": prompt}])
        usage_log.input_tokens = response.usage.prompt_tokens
        usage_log.output_tokens = response.usage.completion_tokens
    return _content(response)


async def classify_sentiment(text: str) -> str:
    # acompletion leaked httpx clients under load on the litellm version we pinned at the
    # time (see HD-201); the sync call in a thread has been fine, so it stayed.
    response = await asyncio.to_thread(
        litellm.completion,
        model=settings.legacy_model,
        messages=[
            {"role": "system", "content": "Reply with one word: positive, neutral or negative."},
            {"role": "user", "content": text[:4000]},
        ],
        temperature=0,
    )
    label = _content(response).lower()
    return label if label in {"positive", "neutral", "negative"} else "neutral"


async def render_macro(template: str, variables: Dict[str, str]) -> str:
    """Fills a support macro with ticket details in natural language."""
    filled = template
    for key, value in variables.items():
        filled = filled.replace("{{" + key + "}}", value)
    loop = asyncio.get_running_loop()
    response = await loop.run_in_executor(
        None,
        lambda: completion(
            model=settings.legacy_model,
            messages=[
                {"role": "system", "content": "Polish this support macro. Keep placeholders and facts unchanged."},
                {"role": "user", "content": filled},
            ],
        ),
    )
    return _content(response)


async def stream_answer(messages: Messages, model: Optional[str] = None) -> AsyncIterator[str]:
    response = await litellm.acompletion(model=model or settings.legacy_model, messages=messages, stream=True)
    async for chunk in response:
        delta = chunk.choices[0].delta.content
        if delta:
            yield delta


async def embed(texts: List[str], model: str = "text-embedding-ada-002") -> List[List[float]]:
    response = await litellm.aembedding(model=model, input=texts)
    return [row["embedding"] for row in response.data]
