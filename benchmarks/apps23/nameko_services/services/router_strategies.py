"""Strategies layered on top of the litellm Router.

- ``complete_with_fallbacks``: last resort when the Router's deployments are all cooling down.
- ``fan_out``: ask several models the same question (model comparison UI).
"""
import logging
from concurrent.futures import ThreadPoolExecutor, as_completed
from typing import Dict, List

import litellm
from litellm import completion

log = logging.getLogger(__name__)

FALLBACK_CHAIN = [
    "anthropic/claude-3-5-haiku-20241022",
    "mistral/mistral-small-latest",
    "deepseek/deepseek-chat",
]


def complete_with_fallbacks(messages, **kwargs):
    last_exc = None
    for model in FALLBACK_CHAIN:
        try:
            return litellm.completion(model=model, messages=messages, timeout=30, **kwargs)
        except Exception as exc:  # noqa: BLE001 - any provider error means "try the next"
            log.warning("fallback model %s failed: %s", model, exc)
            last_exc = exc
    raise RuntimeError("all fallback models failed") from last_exc


COMPARE_MODELS = ["gpt-4o-mini", "anthropic/claude-3-5-haiku-20241022", "mistral/mistral-small-latest"]

_pool = ThreadPoolExecutor(max_workers=4, thread_name_prefix="llm-fanout")


def fan_out(prompt: str, models: List[str] = None) -> Dict[str, str]:
    models = models or COMPARE_MODELS
    messages = [{"role": "user", "content": prompt}]
    futures = {
        _pool.submit(completion, model=model, messages=messages, max_tokens=500): model
        for model in models
    }
    answers = {}
    for future in as_completed(futures):
        model = futures[future]
        try:
            answers[model] = future.result().choices[0].message.content
        except Exception as exc:  # noqa: BLE001
            answers[model] = "error: %s" % exc
    return answers
