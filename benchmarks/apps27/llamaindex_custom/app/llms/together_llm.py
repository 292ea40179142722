"""Open-weight Llama models on Together (OpenAI-compatible endpoint)."""
from __future__ import annotations

from typing import Any, List, Optional

from llama_index.core.bridge.pydantic import Field, PrivateAttr
from llama_index.core.llms import (
    CompletionResponse,
    CompletionResponseGen,
    CustomLLM,
    LLMMetadata,
)
from llama_index.core.llms.callbacks import llm_completion_callback
from openai import OpenAI

from app.clients import get_together_client
from app.llms.base import DEFAULT_SYSTEM_PROMPT, to_openai_messages


class TogetherLLM(CustomLLM):
    model: str = Field(default="meta-llama/Llama-3.3-70B-Instruct-Turbo")
    temperature: float = 0.2
    max_tokens: int = 1024
    context_window: int = 131_072
    stop: Optional[List[str]] = None

    _client: OpenAI = PrivateAttr()

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._client = get_together_client()

    @classmethod
    def class_name(cls) -> str:
        return "TogetherLLM"

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
        resp = self._client.chat.completions.create(
            model=self.model,
            messages=to_openai_messages(prompt, DEFAULT_SYSTEM_PROMPT),
            temperature=self.temperature,
            max_tokens=self.max_tokens,
            stop=self.stop,
        )
        return CompletionResponse(text=resp.choices[0].message.content or "", raw=resp)

    @llm_completion_callback()
    def stream_complete(self, prompt: str, formatted: bool = False, **kwargs: Any) -> CompletionResponseGen:
        text = ""
        for chunk in self._client.chat.completions.create(
            model=self.model,
            messages=to_openai_messages(prompt, DEFAULT_SYSTEM_PROMPT),
            temperature=self.temperature,
            max_tokens=self.max_tokens,
            stream=True,
        ):
            delta = chunk.choices[0].delta.content if chunk.choices else None
            if delta:
                text += delta
                yield CompletionResponse(text=text, delta=delta)
