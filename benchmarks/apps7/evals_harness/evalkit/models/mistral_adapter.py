from __future__ import annotations

import time
from typing import Any

from evalkit.models.base import ModelAdapter
from evalkit.models.clients import get_mistral_client
from evalkit.runner.limits import with_retries
from evalkit.schemas import ModelOutput, TestCase


class MistralAdapter(ModelAdapter):
    provider = "mistral"

    def __init__(self, model: str, **params: Any) -> None:
        super().__init__(model, **params)
        self._client = get_mistral_client()

    def _output(self, res, started: float) -> ModelOutput:
        content = res.choices[0].message.content
        if isinstance(content, list):  # magistral returns chunks (thinking + text)
            content = "".join(getattr(part, "text", "") for part in content)
        return ModelOutput(
            text=content or "",
            model=self.model,
            provider=self.provider,
            input_tokens=res.usage.prompt_tokens or 0,
            output_tokens=res.usage.completion_tokens or 0,
            latency_s=time.perf_counter() - started,
            raw_id=res.id,
        )

    @with_retries()
    def generate(self, case: TestCase) -> ModelOutput:
        started = time.perf_counter()
        res = self._client.chat.complete(
            model=self.model,
            messages=self.build_messages(case),
            temperature=self.temperature,
            max_tokens=self.max_tokens,
            random_seed=self.params.get("seed"),
        )
        return self._output(res, started)

    @with_retries()
    async def agenerate(self, case: TestCase) -> ModelOutput:
        started = time.perf_counter()
        res = await self._client.chat.complete_async(
            model=self.model,
            messages=self.build_messages(case),
            temperature=self.temperature,
            max_tokens=self.max_tokens,
            random_seed=self.params.get("seed"),
        )
        return self._output(res, started)
