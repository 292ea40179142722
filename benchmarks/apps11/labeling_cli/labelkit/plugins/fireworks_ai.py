"""Fireworks adapter.

One of the first adapters we wrote; it still builds its own client instead of taking one
from labelkit.clients (MLP-1187). ``options.mode: completion`` is used for the fine-tuned
base models that the search team serves on Fireworks.
"""
from __future__ import annotations

import time
from typing import Any, Dict, Optional

from fireworks import Fireworks

from labelkit import prompts
from labelkit.config import get_settings
from labelkit.plugins.base import LabelResult, ProviderAdapter
from labelkit.retry import RetryPolicy, with_retries

DEFAULT_MODEL_PREFIX = "accounts/fireworks/models/"


def make_fireworks_client(api_key: Optional[str] = None, timeout: float = 60.0) -> Fireworks:
    return Fireworks(api_key=api_key or get_settings().fireworks_api_key, max_retries=0, timeout=timeout)


def qualify(model: str) -> str:
    return model if model.startswith("accounts/") else DEFAULT_MODEL_PREFIX + model


class FireworksAdapter(ProviderAdapter):
    name = "fireworks"

    def __init__(self, spec, client=None, limiter=None) -> None:
        super().__init__(spec, client=client or make_fireworks_client(), limiter=limiter)
        self.model = qualify(spec.model)
        self.policy = RetryPolicy.from_spec(spec)
        self.mode = spec.options.get("mode", "chat")

    def label(self, item: Dict[str, Any]) -> LabelResult:
        if self.mode == "completion":
            return self._label_completion(item)

        started = time.perf_counter()
        resp = with_retries(
            self.client.chat.completions.create,
            self.policy,
            model=self.model,
            messages=self.messages_for(item),
            temperature=self.spec.temperature,
            max_tokens=self.spec.max_tokens,
            on_retry=lambda exc, attempt: self.limiter.pause(2.0 * attempt),
        )
        usage = resp.usage
        return self.to_result(
            item, resp.choices[0].message.content or "", started,
            input_tokens=getattr(usage, "prompt_tokens", None),
            output_tokens=getattr(usage, "completion_tokens", None),
        )

    def _label_completion(self, item: Dict[str, Any]) -> LabelResult:
        prompt = prompts.build_prompt(self.spec, self.item_text(item))
        started = time.perf_counter()
        resp = self.client.completions.create(
            model=self.model,
            prompt=prompt,
            max_tokens=self.spec.max_tokens,
            temperature=self.spec.temperature,
            stop=["\n"],
        )
        usage = resp.usage
        return self.to_result(
            item, resp.choices[0].text, started,
            input_tokens=getattr(usage, "prompt_tokens", None),
            output_tokens=getattr(usage, "completion_tokens", None),
        )
