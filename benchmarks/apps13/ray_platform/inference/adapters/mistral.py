import asyncio
import logging
from typing import AsyncIterator

from inference import clients
from inference.adapters.base import ChatAdapter
from inference.schemas import ChatRequest, ChatResponse, CodeCompletionRequest, Usage
from platform_config import get_settings

logger = logging.getLogger(__name__)

CODESTRAL_MODEL = "codestral-latest"


class MistralAdapter(ChatAdapter):
    provider = "mistral"

    def __init__(self) -> None:
        self.default_model = get_settings().mistral_chat_model
        self._client = clients.get_mistral()

    async def chat(self, request: ChatRequest) -> ChatResponse:
        model = self.resolve_model(request)
        res = await self._client.chat.complete_async(
            model=model,
            messages=request.as_dicts(),
            max_tokens=request.max_tokens,
            temperature=request.temperature,
        )
        choice = res.choices[0]
        return ChatResponse(
            provider=self.provider,
            model=model,
            content=choice.message.content or "",
            usage=Usage(
                input_tokens=res.usage.prompt_tokens,
                output_tokens=res.usage.completion_tokens,
            ),
            finish_reason=str(choice.finish_reason),
        )

    async def stream_chat(self, request: ChatRequest) -> AsyncIterator[str]:
        events = await self._client.chat.stream_async(
            model=self.resolve_model(request),
            messages=request.as_dicts(),
            max_tokens=request.max_tokens,
            temperature=request.temperature,
        )
        async for event in events:
            content = event.data.choices[0].delta.content
            if content:
                yield content

    async def complete_code(self, request: CodeCompletionRequest) -> str:
        # The FIM endpoint is only used by the IDE plugin; the sync call in a thread
        # keeps it off the replica's event loop (the async variant had a connection
        # leak in the SDK version we pin).
        res = await asyncio.to_thread(
            self._client.fim.complete,
            model=CODESTRAL_MODEL,
            prompt=request.prompt,
            suffix=request.suffix,
            max_tokens=request.max_tokens,
        )
        return res.choices[0].message.content or ""
