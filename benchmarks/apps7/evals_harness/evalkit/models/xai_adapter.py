from __future__ import annotations

import time
from typing import Any, Optional

from xai_sdk.chat import system, user

from evalkit.models.base import ModelAdapter
from evalkit.models.clients import get_xai_client
from evalkit.runner.limits import with_retries
from evalkit.schemas import ModelOutput, TestCase


class XaiAdapter(ModelAdapter):
    """Grok models through xAI's gRPC SDK."""

    provider = "xai"

    def __init__(self, model: str, **params: Any) -> None:
        super().__init__(model, **params)
        self._client = get_xai_client()

    def _new_chat(self, case: TestCase):
        chat = self._client.chat.create(
            model=self.model,
            temperature=self.temperature,
            max_tokens=self.max_tokens,
        )
        if case.system_prompt:
            chat.append(system(case.system_prompt))
        chat.append(user(case.prompt))
        return chat

    def _to_output(self, response, started: float, ttft: Optional[float] = None) -> ModelOutput:
        usage = response.usage
        return ModelOutput(
            text=response.content,
            model=self.model,
            provider=self.provider,
            input_tokens=usage.prompt_tokens,
            output_tokens=usage.completion_tokens,
            latency_s=time.perf_counter() - started,
            ttft_s=ttft,
            raw_id=response.id,
        )

    @with_retries()
    def generate(self, case: TestCase) -> ModelOutput:
        started = time.perf_counter()
        chat = self._new_chat(case)
        response = chat.sample()
        return self._to_output(response, started)

    @with_retries()
    def generate_streaming(self, case: TestCase) -> ModelOutput:
        started = time.perf_counter()
        chat = self._new_chat(case)
        ttft = None
        response = None
        for response, chunk in chat.stream():
            if ttft is None and chunk.content:
                ttft = time.perf_counter() - started
        if response is None:
            return ModelOutput.failed(self.model, self.provider, "empty stream")
        return self._to_output(response, started, ttft)
