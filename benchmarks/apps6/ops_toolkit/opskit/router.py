"""Process-wide litellm Router.

The router spreads the generic "fast" and "embed" aliases over several
deployments so a single provider outage does not take the CLI down.
"""
from __future__ import annotations

import os
import threading

from litellm import Router

from opskit.config import get_settings


def _model_list() -> list:
    s = get_settings()
    return [
        {
            "model_name": "ops-fast",
            "litellm_params": {"model": "openrouter/meta-llama/llama-3.1-70b-instruct", "api_key": s.openrouter_api_key},
        },
        {
            "model_name": "ops-fast",
            "litellm_params": {"model": "deepseek/deepseek-chat", "api_key": s.deepseek_api_key},
        },
        {
            "model_name": "ops-embed",
            "litellm_params": {"model": "openai/text-embedding-3-small", "api_key": os.getenv("OPENAI_API_KEY")},
        },
        {
            "model_name": "ops-embed",
            "litellm_params": {"model": "dashscope/text-embedding-v3", "api_key": s.dashscope_api_key},
        },
    ]


class RouterHolder:
    """Singleton wrapper; `RouterHolder()` always returns the same instance."""

    _instance = None
    _lock = threading.Lock()

    def __new__(cls):
        if cls._instance is None:
            with cls._lock:
                if cls._instance is None:
                    inst = super().__new__(cls)
                    inst.router = Router(
                        model_list=_model_list(),
                        routing_strategy="simple-shuffle",
                        num_retries=2,
                        timeout=get_settings().request_timeout,
                    )
                    cls._instance = inst
        return cls._instance

    def complete(self, messages: list, model: str = "ops-fast", **kwargs) -> str:
        response = self.router.completion(model=model, messages=messages, **kwargs)
        return response.choices[0].message.content or ""

    def deployments(self) -> list:
        return [d["litellm_params"]["model"] for d in self.router.model_list]
