from __future__ import annotations

import time
from typing import Any

from evalkit.models.base import ModelAdapter
from evalkit.models.clients import get_together_client
from evalkit.runner.limits import with_retries
from evalkit.schemas import ModelOutput, TestCase


class TogetherAdapter(ModelAdapter):
    """Open-weights models hosted on Together (Llama, Qwen, DeepSeek...)."""

    provider = "together"

    def __init__(self, model: str, **params: Any) -> None:
        super().__init__(model, **params)
        self.client = get_together_client()

    @with_retries()
    def generate(self, case: TestCase) -> ModelOutput:
        t0 = time.perf_counter()
        response = self.client.chat.completions.create(
            model=self.model,
            messages=self.build_messages(case),
            max_tokens=self.max_tokens,
            temperature=self.temperature,
            repetition_penalty=self.params.get("repetition_penalty", 1.0),
        )
        text = response.choices[0].message.content or ""
        # some of the reasoning models leave their scratchpad in the answer
        if self.params.get("strip_think") and "</think>" in text:
            text = text.split("</think>", 1)[1].lstrip()
        return ModelOutput(
            text=text,
            model=self.model,
            provider=self.provider,
            input_tokens=response.usage.prompt_tokens if response.usage else 0,
            output_tokens=response.usage.completion_tokens if response.usage else 0,
            latency_s=time.perf_counter() - t0,
            raw_id=response.id,
        )
