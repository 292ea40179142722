"""Grok via the official xai_sdk (gRPC under the hood, like us)."""
from __future__ import annotations

import logging
from typing import AsyncIterator, List

from xai_sdk.chat import assistant, system, user

from modelgw.providers.base import BaseProvider, ChatParams, CompletionResult, ImageResult, StreamDelta
from modelgw.providers.clients import xai_client

log = logging.getLogger(__name__)

_ROLE_BUILDERS = {"system": system, "user": user, "assistant": assistant}


class XAIProvider(BaseProvider):
    name = "xai"
    supports_images = True

    def __init__(self, client=None):
        self._client = client or xai_client()

    def _conversation(self, params: ChatParams):
        settings = {"max_tokens": params.max_tokens}
        if params.temperature is not None:
            settings["temperature"] = params.temperature
        if params.json_mode:
            settings["response_format"] = "json_object"
        conversation = self._client.chat.create(model=params.model, **settings)
        for message in params.messages:
            builder = _ROLE_BUILDERS.get(message["role"], user)
            conversation.append(builder(message["content"]))
        return conversation

    async def complete(self, params: ChatParams) -> CompletionResult:
        conversation = self._conversation(params)
        response = await conversation.sample()
        return CompletionResult(
            text=response.content,
            model=params.model,
            provider=self.name,
            input_tokens=response.usage.prompt_tokens,
            output_tokens=response.usage.completion_tokens,
            finish_reason=response.finish_reason,
            citations=[{"url": url, "title": ""} for url in (response.citations or [])],
            request_id=response.id,
        )

    async def stream(self, params: ChatParams) -> AsyncIterator[StreamDelta]:
        conversation = self._conversation(params)
        final = None
        async for response, chunk in conversation.stream():
            final = response
            if chunk.content:
                yield StreamDelta(text=chunk.content)
        if final is not None:
            yield StreamDelta(
                done=True,
                input_tokens=final.usage.prompt_tokens,
                output_tokens=final.usage.completion_tokens,
            )

    async def generate_image(self, prompt: str, size: str = "") -> ImageResult:
        # grok image models ignore size; aspect ratio is the only knob
        response = await self._client.image.sample(
            prompt=prompt,
            model="grok-2-image",
            image_format="base64",
        )
        return ImageResult(data=await response.image, revised_prompt=response.prompt)

    async def count_tokens(self, params: ChatParams) -> int:
        text = "\n".join(m["content"] for m in params.messages)
        tokens = await self._client.tokenize.tokenize_text(text, params.model)
        return len(tokens)

    async def list_models(self) -> List[str]:
        models = await self._client.models.list_language_models()
        return [m.name for m in models]
