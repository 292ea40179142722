from __future__ import annotations

import time
from typing import Any, Sequence

import anthropic

from .base import BaseModel, GenerationResult, Message
from .clients import get_anthropic_client


class AnthropicModel(BaseModel):
    provider = "anthropic"

    def __init__(self, model_name: str, stream: bool = False, **kwargs: Any) -> None:
        super().__init__(model_name, **kwargs)
        self.stream = stream
        self.client: anthropic.Anthropic = get_anthropic_client()

    def _split_system(self, messages: list[Message]) -> tuple[str | None, list[Message]]:
        system = None
        rest = []
        for m in messages:
            if m["role"] == "system":
                system = m["content"]
            else:
                rest.append(m)
        return system, rest

    def generate(self, prompt: str | Sequence[Message], **kwargs: Any) -> GenerationResult:
        system, messages = self._split_system(self.build_messages(prompt))
        params: dict[str, Any] = dict(
            model=self.model_name,
            max_tokens=kwargs.get("max_tokens", self.max_tokens),
            temperature=kwargs.get("temperature", self.temperature),
            messages=messages,
        )
        if system:
            params["system"] = system
        start = time.perf_counter()
        if self.stream:
            return self._generate_streaming(params, start)
        msg = self._with_retries(self.client.messages.create, **params)
        text = "".join(b.text for b in msg.content if b.type == "text")
        return GenerationResult(
            text=text,
            model=msg.model,
            input_tokens=msg.usage.input_tokens,
            output_tokens=msg.usage.output_tokens,
            latency_s=time.perf_counter() - start,
            finish_reason=msg.stop_reason,
            raw=msg,
        )

    def _generate_streaming(self, params: dict[str, Any], start: float) -> GenerationResult:
        # long-form generations time out on the non-streaming endpoint
        with self.client.messages.stream(**params) as stream:
            for _ in stream.text_stream:
                pass
            final = stream.get_final_message()
        return GenerationResult(
            text="".join(b.text for b in final.content if b.type == "text"),
            model=final.model,
            input_tokens=final.usage.input_tokens,
            output_tokens=final.usage.output_tokens,
            latency_s=time.perf_counter() - start,
            finish_reason=final.stop_reason,
            raw=final,
        )

    def count_prompt_tokens(self, prompt: str | Sequence[Message]) -> int:
        system, messages = self._split_system(self.build_messages(prompt))
        kwargs: dict[str, Any] = {"model": self.model_name, "messages": messages}
        if system:
            kwargs["system"] = system
        return self.client.messages.count_tokens(**kwargs).input_tokens
