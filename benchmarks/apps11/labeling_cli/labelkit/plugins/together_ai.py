"""Together AI adapter (client injected by the registry, see plugins/__init__.py)."""
from __future__ import annotations

import time
from typing import Any, Dict

from labelkit.errors import ProviderError, RateLimited, RetryableError
from labelkit.plugins.base import LabelResult, ProviderAdapter


class TogetherAdapter(ProviderAdapter):
    name = "together"
    supports_async = True

    def __init__(self, spec, client=None, limiter=None) -> None:
        if client is None:
            raise ProviderError("together", "no client given; build adapters with plugins.load_adapter()")
        super().__init__(spec, client=client, limiter=limiter)
        self._json_mode = bool(spec.options.get("json_mode", spec.task != "extract"))

    def _request_kwargs(self, item: Dict[str, Any]) -> Dict[str, Any]:
        kwargs: Dict[str, Any] = {
            "model": self.spec.model,
            "messages": self.messages_for(item),
            "temperature": self.spec.temperature,
            "max_tokens": self.spec.max_tokens,
        }
        if self._json_mode:
            kwargs["response_format"] = {"type": "json_object"}
        if self.spec.params.get("logprobs"):
            kwargs["logprobs"] = 1
        return kwargs

    def label(self, item: Dict[str, Any]) -> LabelResult:
        started = time.perf_counter()
        # raw response so we can feed the rate-limit headers back into the job's limiter
        raw = self.client.chat.completions.with_raw_response.create(**self._request_kwargs(item))
        self.limiter.update_from_headers(raw.headers)
        if raw.status_code == 429:
            raise RateLimited("together", "rate limited", status=429)
        if raw.status_code >= 500:
            raise RetryableError("together", f"HTTP {raw.status_code}", status=raw.status_code)

        completion = raw.parse()
        choice = completion.choices[0]
        confidence = None
        if choice.logprobs is not None and getattr(choice.logprobs, "token_logprobs", None):
            import math

            confidence = math.exp(choice.logprobs.token_logprobs[0])
        usage = completion.usage
        return self.to_result(
            item, choice.message.content or "", started,
            confidence=confidence,
            input_tokens=usage.prompt_tokens if usage else None,
            output_tokens=usage.completion_tokens if usage else None,
        )
