from __future__ import annotations

import time
from typing import Any, Sequence

from openai import OpenAI

from .base import BaseModel, GenerationResult, Message
from .clients import get_openai_client


class OpenAIChatModel(BaseModel):
    provider = "openai"

    def __init__(self, model_name: str, client: OpenAI | None = None, **kwargs: Any) -> None:
        super().__init__(model_name, **kwargs)
        self._client = client

    @property
    def client(self) -> OpenAI:
        # resolved lazily so the object survives pickling into worker processes
        if self._client is None:
            self._client = get_openai_client()
        return self._client

    def generate(self, prompt: str | Sequence[Message], **kwargs: Any) -> GenerationResult:
        messages = self.build_messages(prompt)
        start = time.perf_counter()
        response = self._with_retries(
            self.client.chat.completions.create,
            model=self.model_name,
            messages=messages,
            temperature=kwargs.get("temperature", self.temperature),
            max_tokens=kwargs.get("max_tokens", self.max_tokens),
            seed=kwargs.get("seed"),
        )
        choice = response.choices[0]
        return GenerationResult(
            text=choice.message.content or "",
            model=response.model,
            input_tokens=response.usage.prompt_tokens,
            output_tokens=response.usage.completion_tokens,
            latency_s=time.perf_counter() - start,
            finish_reason=choice.finish_reason,
            raw=response,
        )

    def sample_n(self, prompt: str, n: int = 5, temperature: float = 0.8) -> list[str]:
        """Self-consistency sampling: n completions in one request."""
        response = self.client.chat.completions.create(
            model=self.model_name,
            messages=self.build_messages(prompt),
            n=n,
            temperature=temperature,
            max_tokens=self.max_tokens,
        )
        return [c.message.content or "" for c in response.choices]

    def logprobs(self, prompt: str, top_logprobs: int = 5) -> list[dict[str, float]]:
        response = self.client.chat.completions.create(
            model=self.model_name,
            messages=self.build_messages(prompt),
            max_tokens=1,
            logprobs=True,
            top_logprobs=top_logprobs,
        )
        content = response.choices[0].logprobs.content or []
        return [{t.token: t.logprob for t in tok.top_logprobs} for tok in content]


class OpenAIResponsesModel(OpenAIChatModel):
    """Wrapper for reasoning models that are only served on the Responses API."""

    def __init__(self, model_name: str, reasoning_effort: str = "medium", **kwargs: Any) -> None:
        super().__init__(model_name, **kwargs)
        self.reasoning_effort = reasoning_effort

    def generate(self, prompt: str | Sequence[Message], **kwargs: Any) -> GenerationResult:
        start = time.perf_counter()
        response = self.client.responses.create(
            model=self.model_name,
            input=self.build_messages(prompt),
            reasoning={"effort": self.reasoning_effort},
            max_output_tokens=kwargs.get("max_tokens", self.max_tokens),
        )
        return GenerationResult(
            text=response.output_text,
            model=self.model_name,
            input_tokens=response.usage.input_tokens,
            output_tokens=response.usage.output_tokens,
            latency_s=time.perf_counter() - start,
            raw=response,
        )
