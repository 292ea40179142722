from __future__ import annotations

import time
from typing import Any, Dict, List

from evalharness.adapters.base import ModelAdapter
from evalharness.adapters.registry import register_adapter
from evalharness.clients import get_genai_client
from evalharness.types import Completion, Prompt


@register_adapter("gemini", "google")
class GeminiAdapter(ModelAdapter):
    def __init__(self, spec):
        super().__init__(spec)
        self.client = get_genai_client()

    @staticmethod
    def _contents(prompt: Prompt) -> List[Dict[str, Any]]:
        role_map = {"user": "user", "assistant": "model"}
        return [
            {"role": role_map.get(m.role, "user"), "parts": [{"text": m.content}]}
            for m in prompt.messages
        ]

    def _config(self, prompt: Prompt) -> Dict[str, Any]:
        config: Dict[str, Any] = {
            "temperature": self.temperature(prompt),
            "max_output_tokens": self.max_tokens(prompt),
        }
        if prompt.system:
            config["system_instruction"] = prompt.system
        if prompt.stop:
            config["stop_sequences"] = prompt.stop
        if "thinking_budget" in self.spec.params:
            config["thinking_config"] = {"thinking_budget": self.spec.params["thinking_budget"]}
        return config

    def count_prompt_tokens(self, prompt: Prompt) -> int:
        result = self.client.models.count_tokens(model=self.model, contents=self._contents(prompt))
        return result.total_tokens or 0

    def _to_completion(self, response: Any, elapsed: float) -> Completion:
        usage = response.usage_metadata
        candidate = response.candidates[0] if response.candidates else None
        return Completion(
            text=response.text or "",
            model=response.model_version or self.model,
            input_tokens=(usage.prompt_token_count or 0) if usage else 0,
            output_tokens=(usage.candidates_token_count or 0) if usage else 0,
            latency_s=elapsed,
            finish_reason=str(candidate.finish_reason) if candidate else None,
            extra={"thoughts_tokens": getattr(usage, "thoughts_token_count", None)},
        )

    def generate(self, prompt: Prompt) -> Completion:
        t0 = time.perf_counter()
        response = self.client.models.generate_content(
            model=self.model,
            contents=self._contents(prompt),
            config=self._config(prompt),
        )
        return self._to_completion(response, time.perf_counter() - t0)

    async def agenerate(self, prompt: Prompt) -> Completion:
        t0 = time.perf_counter()
        response = await self.client.aio.models.generate_content(
            model=self.model, contents=self._contents(prompt), config=self._config(prompt)
        )
        return self._to_completion(response, time.perf_counter() - t0)
