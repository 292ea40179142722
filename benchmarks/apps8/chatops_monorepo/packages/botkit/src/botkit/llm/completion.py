"""Older litellm helpers from before multi_model_service existed.

Still used by a handful of handlers and plugins. Don't add new callers.
"""

from __future__ import annotations

import logging
from functools import partial
from typing import Any, Optional

import litellm

from botkit.llm import models

logger = logging.getLogger(__name__)

litellm.drop_params = True
litellm.num_retries = 2

DEFAULT_MODEL = models.LITELLM_SUMMARY

# Pre-bound summarizer: low temperature, short output.
summarize_call = partial(
    litellm.completion,
    model=models.LITELLM_SUMMARY,
    temperature=0.2,
    max_tokens=600,
)


def _text(response: Any) -> str:
    return (response.choices[0].message.content or "").strip()


def chat_completion(
    messages: list[dict], model: Optional[str] = None, **kwargs: Any
) -> str:
    response = litellm.completion(
        model=model or DEFAULT_MODEL,
        messages=messages,
        **kwargs,
    )
    return _text(response)


async def achat_completion(
    messages: list[dict], model: Optional[str] = None, **kwargs: Any
) -> str:
    response = await litellm.acompletion(model=model or DEFAULT_MODEL, messages=messages, **kwargs)
    return _text(response)


def embed_texts(texts: list[str], model: str = models.LITELLM_EMBED) -> list[list[float]]:
    if not texts:
        return []
    result = litellm.embedding(model=model, input=texts)
    return [item["embedding"] for item in result.data]
