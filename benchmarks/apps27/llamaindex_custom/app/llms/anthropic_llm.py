"""Claude as a LlamaIndex LLM.

We wrote this before llama-index-llms-anthropic supported prompt caching and
never switched back.
"""
from __future__ import annotations

import logging
from typing import Any, Optional, Sequence

from anthropic import Anthropic, AsyncAnthropic
from llama_index.core.base.llms.types import ChatMessage, ChatResponse, MessageRole
from llama_index.core.bridge.pydantic import Field, PrivateAttr
from llama_index.core.llms import (
    CompletionResponse,
    CompletionResponseGen,
    CustomLLM,
    LLMMetadata,
)
from llama_index.core.llms.callbacks import llm_chat_callback, llm_completion_callback

from app.llms.base import DEFAULT_SYSTEM_PROMPT, split_system, usage_dict

logger = logging.getLogger(__name__)


class ClaudeLLM(CustomLLM):
    model: str = Field(default="claude-3-5-sonnet-20241022")
    max_tokens: int = Field(default=1024)
    temperature: float = Field(default=0.1)
    context_window: int = Field(default=200_000)
    system_prompt_text: str = Field(default=DEFAULT_SYSTEM_PROMPT)

    _client: Anthropic = PrivateAttr()
    _aclient: AsyncAnthropic = PrivateAttr()

    def __init__(self, api_key: Optional[str] = None, timeout: float = 60.0, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._client = Anthropic(api_key=api_key, timeout=timeout)
        self._aclient = AsyncAnthropic(api_key=api_key, timeout=timeout)

    @classmethod
    def class_name(cls) -> str:
        return "ClaudeLLM"

    @property
    def metadata(self) -> LLMMetadata:
        return LLMMetadata(
            context_window=self.context_window,
            num_output=self.max_tokens,
            is_chat_model=True,
            model_name=self.model,
        )

    def _system_blocks(self) -> list[dict[str, Any]]:
        # cache the (long) system prompt across requests
        return [{"type": "text", "text": self.system_prompt_text, "cache_control": {"type": "ephemeral"}}]

    @llm_completion_callback()
    def complete(self, prompt: str, formatted: bool = False, **kwargs: Any) -> CompletionResponse:
        message = self._client.messages.create(
            model=self.model,
            max_tokens=kwargs.get("max_tokens", self.max_tokens),
            temperature=self.temperature,
            system=self._system_blocks(),
            messages=[{"role": "user", "content": prompt}],
        )
        text = "".join(block.text for block in message.content if block.type == "text")
        return CompletionResponse(
            text=text,
            raw=message,
            additional_kwargs=usage_dict(message.usage.input_tokens, message.usage.output_tokens),
        )

    @llm_completion_callback()
    def stream_complete(self, prompt: str, formatted: bool = False, **kwargs: Any) -> CompletionResponseGen:
        def gen() -> CompletionResponseGen:
            text = ""
            with self._client.messages.stream(
                model=self.model,
                max_tokens=self.max_tokens,
                temperature=self.temperature,
                system=self._system_blocks(),
                messages=[{"role": "user", "content": prompt}],
            ) as stream:
                for delta in stream.text_stream:
                    text += delta
                    yield CompletionResponse(text=text, delta=delta)
                final = stream.get_final_message()
            logger.debug("claude stream done: %s in / %s out", final.usage.input_tokens, final.usage.output_tokens)

        return gen()

    @llm_completion_callback()
    async def acomplete(self, prompt: str, formatted: bool = False, **kwargs: Any) -> CompletionResponse:
        message = await self._aclient.messages.create(
            model=self.model,
            max_tokens=self.max_tokens,
            temperature=self.temperature,
            system=self._system_blocks(),
            messages=[{"role": "user", "content": prompt}],
        )
        return CompletionResponse(
            text=message.content[0].text,
            raw=message,
            additional_kwargs=usage_dict(message.usage.input_tokens, message.usage.output_tokens),
        )

    @llm_chat_callback()
    def chat(self, messages: Sequence[ChatMessage], **kwargs: Any) -> ChatResponse:
        system, turns = split_system(messages)
        message = self._client.messages.create(
            model=self.model,
            max_tokens=self.max_tokens,
            temperature=self.temperature,
            system=system or self.system_prompt_text,
            messages=turns,
        )
        return ChatResponse(
            message=ChatMessage(role=MessageRole.ASSISTANT, content=message.content[0].text),
            raw=message,
            additional_kwargs=usage_dict(message.usage.input_tokens, message.usage.output_tokens),
        )
