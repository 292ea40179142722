"""Adapters for vendors we reach through the OpenAI SDK (OpenAI-compatible endpoints)."""
from __future__ import annotations

import time
from typing import Any, Dict

from evalharness.adapters.base import ModelAdapter
from evalharness.adapters.registry import register_adapter
from evalharness.clients import get_deepseek_client, get_xai_client
from evalharness.types import Completion, Prompt
from evalharness.utils import with_backoff


@register_adapter("xai-openai")
class GrokCompatAdapter(ModelAdapter):
    """Deprecated: use `adapter: xai`. Kept so the 2024 run configs still reproduce."""

    def __init__(self, spec):
        super().__init__(spec)
        self.client = get_xai_client()

    @with_backoff(max_attempts=3)
    def generate(self, prompt: Prompt) -> Completion:
        t0 = time.perf_counter()
        resp = self.client.chat.completions.create(
            model=self.model,
            messages=prompt.as_openai_messages(),
            temperature=self.temperature(prompt),
            max_tokens=self.max_tokens(prompt),
        )
        return Completion(
            text=resp.choices[0].message.content or "",
            model=resp.model,
            input_tokens=resp.usage.prompt_tokens,
            output_tokens=resp.usage.completion_tokens,
            latency_s=time.perf_counter() - t0,
            finish_reason=resp.choices[0].finish_reason,
        )


@register_adapter("deepseek")
class DeepSeekAdapter(ModelAdapter):
    """deepseek-chat and deepseek-reasoner. The reasoner ignores sampling params and returns
    its chain of thought in `reasoning_content`, which we keep for analysis."""

    def __init__(self, spec):
        super().__init__(spec)
        self.client = get_deepseek_client()

    @property
    def is_reasoner(self) -> bool:
        return "reasoner" in self.model

    def _kwargs(self, prompt: Prompt) -> Dict[str, Any]:
        kwargs: Dict[str, Any] = {
            "model": self.model,
            "messages": prompt.as_openai_messages(),
            "max_tokens": self.max_tokens(prompt),
        }
        if not self.is_reasoner:
            kwargs["temperature"] = self.temperature(prompt)
        return kwargs

    @with_backoff()
    def generate(self, prompt: Prompt) -> Completion:
        t0 = time.perf_counter()
        resp = self.client.chat.completions.create(**self._kwargs(prompt))
        msg = resp.choices[0].message
        usage = resp.usage
        return Completion(
            text=msg.content or "",
            model=resp.model,
            input_tokens=usage.prompt_tokens,
            output_tokens=usage.completion_tokens,
            latency_s=time.perf_counter() - t0,
            finish_reason=resp.choices[0].finish_reason,
            extra={
                "reasoning_content": getattr(msg, "reasoning_content", None),
                "cache_hit_tokens": getattr(usage, "prompt_cache_hit_tokens", None),
            },
        )
