"""Mistral La Plateforme models (EU data residency customers)."""
from __future__ import annotations

import os
from typing import Any, Optional

from llama_index.core.bridge.pydantic import Field, PrivateAttr
from llama_index.core.llms import (
    CompletionResponse,
    CompletionResponseGen,
    CustomLLM,
    LLMMetadata,
)
from llama_index.core.llms.callbacks import llm_completion_callback
from mistralai import Mistral

from app.llms.base import DEFAULT_SYSTEM_PROMPT, to_openai_messages, usage_dict


class MistralLLM(CustomLLM):
    model: str = Field(default="mistral-large-latest")
    temperature: float = 0.1
    max_tokens: int = 1024
    context_window: int = 128_000

    _client: Mistral = PrivateAttr()

    def __init__(self, api_key: Optional[str] = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._client = Mistral(api_key=api_key or os.environ.get("MISTRAL_API_KEY", ""))

    @classmethod
    def class_name(cls) -> str:
        return "MistralLLM"

    @property
    def metadata(self) -> LLMMetadata:
        return LLMMetadata(
            context_window=self.context_window,
            num_output=self.max_tokens,
            is_chat_model=True,
            model_name=self.model,
        )

    @llm_completion_callback()
    def complete(self, prompt: str, formatted: bool = False, **kwargs: Any) -> CompletionResponse:
        res = self._client.chat.complete(
            model=self.model,
            messages=to_openai_messages(prompt, DEFAULT_SYSTEM_PROMPT),
            temperature=self.temperature,
            max_tokens=self.max_tokens,
        )
        usage = res.usage
        return CompletionResponse(
            text=res.choices[0].message.content or "",
            raw=res,
            additional_kwargs=usage_dict(usage.prompt_tokens, usage.completion_tokens),
        )

    @llm_completion_callback()
    def stream_complete(self, prompt: str, formatted: bool = False, **kwargs: Any) -> CompletionResponseGen:
        events = self._client.chat.stream(
            model=self.model,
            messages=to_openai_messages(prompt, DEFAULT_SYSTEM_PROMPT),
            temperature=self.temperature,
            max_tokens=self.max_tokens,
        )

        def gen() -> CompletionResponseGen:
            text = ""
            with events as stream:
                for event in stream:
                    delta = event.data.choices[0].delta.content or ""
                    text += delta
                    yield CompletionResponse(text=text, delta=delta)

        return gen()

    @llm_completion_callback()
    async def acomplete(self, prompt: str, formatted: bool = False, **kwargs: Any) -> CompletionResponse:
        res = await self._client.chat.complete_async(
            model=self.model,
            messages=to_openai_messages(prompt, DEFAULT_SYSTEM_PROMPT),
            temperature=self.temperature,
            max_tokens=self.max_tokens,
        )
        return CompletionResponse(text=res.choices[0].message.content or "", raw=res)
