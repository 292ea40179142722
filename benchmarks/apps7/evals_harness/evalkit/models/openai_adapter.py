from __future__ import annotations

import logging
import time
from typing import Any, Optional

from evalkit.models.base import ModelAdapter
from evalkit.models.clients import get_openai_client
from evalkit.runner.limits import with_retries
from evalkit.schemas import ModelOutput, TestCase

logger = logging.getLogger(__name__)

# Reasoning models reject temperature/max_tokens on chat completions; we send them
# through the Responses API instead.
REASONING_PREFIXES = ("o1", "o3", "o4", "gpt-5")


class OpenAIAdapter(ModelAdapter):
    provider = "openai"

    def __init__(self, model: str, **params: Any) -> None:
        super().__init__(model, **params)
        self._client = get_openai_client()

    @property
    def is_reasoning_model(self) -> bool:
        return self.model.startswith(REASONING_PREFIXES)

    @with_retries()
    def generate(self, case: TestCase) -> ModelOutput:
        if self.is_reasoning_model:
            return self._generate_responses(case)

        started = time.perf_counter()
        completion = self._client.chat.completions.create(
            model=self.model,
            messages=self.build_messages(case),
            temperature=self.temperature,
            max_tokens=self.max_tokens,
            seed=self.params.get("seed"),
        )
        choice = completion.choices[0]
        if choice.finish_reason == "length":
            logger.debug("case %s hit max_tokens on %s", case.id, self.model)
        usage = completion.usage
        return ModelOutput(
            text=choice.message.content or "",
            model=self.model,
            provider=self.provider,
            input_tokens=usage.prompt_tokens if usage else 0,
            output_tokens=usage.completion_tokens if usage else 0,
            latency_s=time.perf_counter() - started,
            raw_id=completion.id,
        )

    def _generate_responses(self, case: TestCase) -> ModelOutput:
        started = time.perf_counter()
        response = self._client.responses.create(
            model=self.model,
            instructions=case.system_prompt,
            input=case.prompt,
            max_output_tokens=self.params.get("max_output_tokens", 4 * self.max_tokens),
            reasoning={"effort": self.params.get("reasoning_effort", "medium")},
        )
        return ModelOutput(
            text=response.output_text,
            model=self.model,
            provider=self.provider,
            input_tokens=response.usage.input_tokens if response.usage else 0,
            output_tokens=response.usage.output_tokens if response.usage else 0,
            latency_s=time.perf_counter() - started,
            raw_id=response.id,
        )

    @with_retries()
    def generate_streaming(self, case: TestCase) -> ModelOutput:
        if self.is_reasoning_model:
            # TTFT isn't meaningful with hidden reasoning; just time the whole thing.
            return self._generate_responses(case)

        started = time.perf_counter()
        ttft: Optional[float] = None
        parts = []
        usage = None
        stream = self._client.chat.completions.create(
            model=self.model,
            messages=self.build_messages(case),
            temperature=self.temperature,
            max_tokens=self.max_tokens,
            stream=True,
            stream_options={"include_usage": True},
        )
        for chunk in stream:
            if chunk.usage is not None:
                usage = chunk.usage
            if not chunk.choices:
                continue
            delta = chunk.choices[0].delta.content
            if delta:
                if ttft is None:
                    ttft = time.perf_counter() - started
                parts.append(delta)

        return ModelOutput(
            text="".join(parts),
            model=self.model,
            provider=self.provider,
            input_tokens=usage.prompt_tokens if usage else 0,
            output_tokens=usage.completion_tokens if usage else 0,
            latency_s=time.perf_counter() - started,
            ttft_s=ttft,
        )
