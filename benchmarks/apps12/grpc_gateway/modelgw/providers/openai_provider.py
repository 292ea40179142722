from __future__ import annotations

import base64
import logging
from typing import AsyncIterator, List, Optional, Sequence

from modelgw.providers import clients
from modelgw.providers.base import (
    BaseProvider,
    ChatParams,
    CompletionResult,
    EmbeddingResult,
    ImageResult,
    StreamDelta,
)

log = logging.getLogger(__name__)

REASONING_MODELS = ("o3", "o4-mini", "gpt-5")


class OpenAIProvider(BaseProvider):
    name = "openai"
    supports_embeddings = True
    supports_images = True

    def __init__(self, client=None):
        self._client = client or clients.openai_client()

    async def complete(self, params: ChatParams) -> CompletionResult:
        if params.reasoning or params.model.startswith(REASONING_MODELS):
            return await self._respond(params)

        kwargs = {}
        if params.json_mode:
            kwargs["response_format"] = {"type": "json_object"}
        if params.temperature is not None:
            kwargs["temperature"] = params.temperature
        if params.tenant_id:
            kwargs["user"] = params.tenant_id

        resp = await self._client.chat.completions.create(
            model=params.model,
            messages=params.messages,
            max_tokens=params.max_tokens,
            **kwargs,
        )
        choice = resp.choices[0]
        return CompletionResult(
            text=choice.message.content or "",
            model=resp.model,
            provider=self.name,
            input_tokens=resp.usage.prompt_tokens if resp.usage else 0,
            output_tokens=resp.usage.completion_tokens if resp.usage else 0,
            finish_reason=choice.finish_reason or "",
            request_id=resp.id,
        )

    async def _respond(self, params: ChatParams) -> CompletionResult:
        # reasoning models go through the Responses API so we get reasoning summaries
        instructions = "\n".join(m["content"] for m in params.messages if m["role"] == "system") or None
        turns = [m for m in params.messages if m["role"] != "system"]
        resp = await self._client.responses.create(
            model=params.model,
            instructions=instructions,
            input=turns,
            max_output_tokens=params.max_tokens,
            reasoning={"effort": "medium", "summary": "auto"},
        )
        return CompletionResult(
            text=resp.output_text,
            model=resp.model,
            provider=self.name,
            input_tokens=resp.usage.input_tokens if resp.usage else 0,
            output_tokens=resp.usage.output_tokens if resp.usage else 0,
            finish_reason=resp.status or "",
            request_id=resp.id,
        )

    async def stream(self, params: ChatParams) -> AsyncIterator[StreamDelta]:
        stream = await self._client.chat.completions.create(
            model=params.model,
            messages=params.messages,
            max_tokens=params.max_tokens,
            stream=True,
            stream_options={"include_usage": True},
        )
        async for chunk in stream:
            if chunk.usage is not None:
                yield StreamDelta(
                    done=True,
                    input_tokens=chunk.usage.prompt_tokens,
                    output_tokens=chunk.usage.completion_tokens,
                )
                continue
            if chunk.choices and chunk.choices[0].delta.content:
                yield StreamDelta(text=chunk.choices[0].delta.content)

    async def embed(self, model: str, inputs: Sequence[str], dimensions: int = 0) -> EmbeddingResult:
        extra = {"dimensions": dimensions} if dimensions else {}
        resp = await self._client.embeddings.create(model=model, input=list(inputs), **extra)
        return EmbeddingResult(
            vectors=[d.embedding for d in resp.data],
            model=resp.model,
            input_tokens=resp.usage.prompt_tokens,
        )

    async def generate_image(self, prompt: str, size: str = "") -> ImageResult:
        resp = await self._client.images.generate(
            model="gpt-image-1",
            prompt=prompt,
            size=size or "1024x1024",
            n=1,
        )
        item = resp.data[0]
        return ImageResult(
            data=base64.b64decode(item.b64_json) if item.b64_json else None,
            url=item.url or "",
            revised_prompt=getattr(item, "revised_prompt", "") or "",
        )

    async def transcribe(self, audio: bytes, filename: str, language: Optional[str] = None) -> str:
        hints = {"language": language} if language else {}
        result = await self._client.audio.transcriptions.create(
            model="gpt-4o-mini-transcribe",
            file=(filename or "audio.wav", audio),
            **hints,
        )
        return result.text

    async def list_models(self) -> List[str]:
        page = await self._client.models.list()
        return sorted(m.id for m in page.data)
