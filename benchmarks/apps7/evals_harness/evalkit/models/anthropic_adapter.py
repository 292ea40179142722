from __future__ import annotations

import time
from typing import Any, Dict, Optional

import anthropic

from evalkit.errors import ProviderError
from evalkit.models.base import ModelAdapter
from evalkit.models.clients import get_anthropic_client
from evalkit.runner.limits import with_retries
from evalkit.schemas import ModelOutput, TestCase


class AnthropicAdapter(ModelAdapter):
    provider = "anthropic"

    def __init__(self, model: str, **params: Any) -> None:
        super().__init__(model, **params)
        self._client = get_anthropic_client()

    def _optional_kwargs(self, case: TestCase) -> Dict[str, Any]:
        kwargs: Dict[str, Any] = {"temperature": self.temperature}
        if case.system_prompt:
            kwargs["system"] = case.system_prompt
        if self.params.get("top_p") is not None:
            kwargs["top_p"] = self.params["top_p"]
        if self.params.get("stop"):
            kwargs["stop_sequences"] = list(self.params["stop"])
        return kwargs

    @staticmethod
    def _text_of(content) -> str:
        return "".join(block.text for block in content if block.type == "text")

    @with_retries()
    def generate(self, case: TestCase) -> ModelOutput:
        started = time.perf_counter()
        try:
            message = self._client.messages.create(
                model=self.model,
                max_tokens=self.max_tokens,
                messages=[{"role": "user", "content": case.prompt}],
                **self._optional_kwargs(case),
            )
        except anthropic.BadRequestError as exc:
            # Usually a prompt that is too long for the context window: not retryable,
            # record it as a failed case instead of killing the run.
            raise ProviderError(self.provider, str(exc), status_code=400) from exc

        return ModelOutput(
            text=self._text_of(message.content),
            model=self.model,
            provider=self.provider,
            input_tokens=message.usage.input_tokens,
            output_tokens=message.usage.output_tokens,
            latency_s=time.perf_counter() - started,
            raw_id=message.id,
        )

    @with_retries()
    def generate_streaming(self, case: TestCase) -> ModelOutput:
        started = time.perf_counter()
        ttft: Optional[float] = None
        with self._client.messages.stream(
            model=self.model,
            max_tokens=self.max_tokens,
            messages=[{"role": "user", "content": case.prompt}],
            **self._optional_kwargs(case),
        ) as stream:
            for _text in stream.text_stream:
                if ttft is None:
                    ttft = time.perf_counter() - started
            final = stream.get_final_message()

        return ModelOutput(
            text=self._text_of(final.content),
            model=self.model,
            provider=self.provider,
            input_tokens=final.usage.input_tokens,
            output_tokens=final.usage.output_tokens,
            latency_s=time.perf_counter() - started,
            ttft_s=ttft,
            raw_id=final.id,
        )
