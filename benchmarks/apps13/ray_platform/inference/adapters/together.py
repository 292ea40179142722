import logging
from typing import AsyncIterator

from inference import clients
from inference.adapters.base import ChatAdapter
from inference.schemas import ChatRequest, ChatResponse, Usage
from platform_config import get_settings

logger = logging.getLogger(__name__)


class TogetherAdapter(ChatAdapter):
    provider = "together"

    def __init__(self) -> None:
        self.default_model = get_settings().default_chat_model
        self._client = clients.get_async_together()

    async def chat(self, request: ChatRequest) -> ChatResponse:
        model = self.resolve_model(request)
        resp = await self._client.chat.completions.create(
            model=model,
            messages=request.as_dicts(),
            max_tokens=request.max_tokens,
            temperature=request.temperature,
        )
        choice = resp.choices[0]
        usage = Usage()
        if resp.usage is not None:
            usage = Usage(
                input_tokens=resp.usage.prompt_tokens,
                output_tokens=resp.usage.completion_tokens,
            )
        return ChatResponse(
            provider=self.provider,
            model=model,
            content=choice.message.content or "",
            usage=usage,
            finish_reason=choice.finish_reason,
        )

    async def stream_chat(self, request: ChatRequest) -> AsyncIterator[str]:
        stream = await self._client.chat.completions.create(
            model=self.resolve_model(request),
            messages=request.as_dicts(),
            max_tokens=request.max_tokens,
            temperature=request.temperature,
            stream=True,
        )
        async for chunk in stream:
            if not chunk.choices:
                continue
            delta = chunk.choices[0].delta
            if delta is not None and delta.content:
                yield delta.content
