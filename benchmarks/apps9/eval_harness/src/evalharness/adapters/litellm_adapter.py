"""Generic adapter for anything litellm can route to (Together, Fireworks, Bedrock, vLLM...).

Model names use litellm's `provider/model` form, e.g. `together_ai/meta-llama/Llama-3.3-70B-Instruct-Turbo`
or `hosted_vllm/qwen2.5-72b` with `api_base` in the params.
"""
from __future__ import annotations

import time
from functools import partial
from typing import Any, Dict

import litellm

from evalharness.adapters.base import ModelAdapter
from evalharness.adapters.registry import register_adapter
from evalharness.services.llm_usage_tracker import llm_tracker
from evalharness.types import Completion, Prompt

litellm.drop_params = True  # providers disagree about seed/stop support
litellm.suppress_debug_info = True

_PASSTHROUGH = ("api_base", "api_version", "top_p", "seed", "extra_headers")


@register_adapter("litellm", "generic")
class LiteLLMAdapter(ModelAdapter):
    def __init__(self, spec):
        super().__init__(spec)
        self._extra: Dict[str, Any] = {k: spec.params[k] for k in _PASSTHROUGH if k in spec.params}
        self._acomplete = partial(
            litellm.acompletion,
            num_retries=int(spec.params.get("num_retries", 2)),
            timeout=float(spec.params.get("timeout", 300)),
            **self._extra,
        )
        self._track = bool(spec.params.get("track_usage", False))

    @property
    def provider(self) -> str:
        return self.model.split("/", 1)[0] if "/" in self.model else "openai"

    def _to_completion(self, response: Any, elapsed: float) -> Completion:
        choice = response.choices[0]
        usage = getattr(response, "usage", None)
        return Completion(
            text=choice.message.content or "",
            model=response.model or self.model,
            input_tokens=usage.prompt_tokens if usage else 0,
            output_tokens=usage.completion_tokens if usage else 0,
            latency_s=elapsed,
            finish_reason=choice.finish_reason,
            extra={"response_cost": (response._hidden_params or {}).get("response_cost")},
        )

    def generate(self, prompt: Prompt) -> Completion:
        t0 = time.perf_counter()
        response = litellm.completion(
            model=self.model,
            messages=prompt.as_openai_messages(),
            temperature=self.temperature(prompt),
            max_tokens=self.max_tokens(prompt),
            stop=prompt.stop,
            **self._extra,
        )
        return self._to_completion(response, time.perf_counter() - t0)

    async def agenerate(self, prompt: Prompt) -> Completion:
        if self._track:
            return await self._agenerate_tracked(prompt)
        t0 = time.perf_counter()
        response = await self._acomplete(
            model=self.model,
            messages=prompt.as_openai_messages(),
            temperature=self.temperature(prompt),
            max_tokens=self.max_tokens(prompt),
        )
        return self._to_completion(response, time.perf_counter() - t0)

    async def _agenerate_tracked(self, prompt: Prompt) -> Completion:
        t0 = time.perf_counter()
        async with llm_tracker.track_llm_call(
            provider=self.provider,
            model=self.model,
            feature_context="eval_generation",
        ) as usage_log:
            response = await litellm.acompletion(
                model=self.model,
                messages=prompt.as_openai_messages(),
                temperature=self.temperature(prompt),
                max_tokens=self.max_tokens(prompt),
                **self._extra,
            )
            usage_log.input_tokens = response.usage.prompt_tokens
            usage_log.output_tokens = response.usage.completion_tokens
        return self._to_completion(response, time.perf_counter() - t0)
