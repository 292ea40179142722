"""OpenAI chat models behind the LlamaIndex LLM interface.

TODO(refactor-clients): the ``client=`` kwarg is kept for the old call sites in
app/legacy; new code should rely on the shared client from app.clients.
"""
from __future__ import annotations

from typing import Any, Optional

from llama_index.core.bridge.pydantic import Field, PrivateAttr
from llama_index.core.llms import (
    CompletionResponse,
    CompletionResponseGen,
    CustomLLM,
    LLMMetadata,
)
from llama_index.core.llms.callbacks import llm_completion_callback
from openai import AsyncOpenAI, OpenAI

from app.clients import get_async_openai_client, get_openai_client
from app.llms.base import DEFAULT_SYSTEM_PROMPT, to_openai_messages, usage_dict


class OpenAIChatLLM(CustomLLM):
    model: str = Field(default="gpt-4o-mini")
    temperature: float = Field(default=0.1)
    max_tokens: int = Field(default=1024)
    context_window: int = Field(default=128_000)
    system_prompt_text: Optional[str] = Field(default=DEFAULT_SYSTEM_PROMPT)
    json_mode: bool = Field(default=False)

    _client: OpenAI = PrivateAttr()
    _aclient: AsyncOpenAI = PrivateAttr()

    def __init__(self, client: Optional[OpenAI] = None, aclient: Optional[AsyncOpenAI] = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._client = client or get_openai_client()
        self._aclient = aclient or get_async_openai_client()

    @classmethod
    def class_name(cls) -> str:
        return "OpenAIChatLLM"

    @property
    def metadata(self) -> LLMMetadata:
        return LLMMetadata(
            context_window=self.context_window,
            num_output=self.max_tokens,
            is_chat_model=True,
            model_name=self.model,
        )

    def _params(self, **overrides: Any) -> dict[str, Any]:
        params: dict[str, Any] = {
            "model": self.model,
            "temperature": self.temperature,
            "max_tokens": self.max_tokens,
        }
        if self.json_mode:
            params["response_format"] = {"type": "json_object"}
        params.update({k: v for k, v in overrides.items() if k in {"temperature", "max_tokens", "stop"}})
        return params

    @llm_completion_callback()
    def complete(self, prompt: str, formatted: bool = False, **kwargs: Any) -> CompletionResponse:
        resp = self._client.chat.completions.create(
            messages=to_openai_messages(prompt, self.system_prompt_text),
            **self._params(**kwargs),
        )
        choice = resp.choices[0]
        return CompletionResponse(
            text=choice.message.content or "",
            raw=resp.model_dump(),
            additional_kwargs=usage_dict(resp.usage.prompt_tokens, resp.usage.completion_tokens) if resp.usage else {},
        )

    @llm_completion_callback()
    def stream_complete(self, prompt: str, formatted: bool = False, **kwargs: Any) -> CompletionResponseGen:
        stream = self._client.chat.completions.create(
            messages=to_openai_messages(prompt, self.system_prompt_text),
            stream=True,
            stream_options={"include_usage": True},
            **self._params(**kwargs),
        )

        def gen() -> CompletionResponseGen:
            text = ""
            for chunk in stream:
                if not chunk.choices:
                    continue
                delta = chunk.choices[0].delta.content or ""
                text += delta
                yield CompletionResponse(text=text, delta=delta, raw=chunk)

        return gen()

    @llm_completion_callback()
    async def acomplete(self, prompt: str, formatted: bool = False, **kwargs: Any) -> CompletionResponse:
        resp = await self._aclient.chat.completions.create(
            messages=to_openai_messages(prompt, self.system_prompt_text),
            **self._params(**kwargs),
        )
        return CompletionResponse(text=resp.choices[0].message.content or "", raw=resp.model_dump())
