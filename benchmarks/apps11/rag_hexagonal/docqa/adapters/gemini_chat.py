"""ChatModel adapter for Google Gemini (google-genai SDK)."""
from __future__ import annotations

import json
import logging
from typing import Any, AsyncIterator, Dict, List, Sequence, Type

from docqa.domain import ChatTurn, ProviderUnavailable
from docqa.ports import ChatModel, Completion, T

logger = logging.getLogger(__name__)

_ROLE_MAP = {"user": "user", "assistant": "model"}


def _contents(turns: Sequence[ChatTurn]) -> List[Dict[str, Any]]:
    return [{"role": _ROLE_MAP[t.role], "parts": [{"text": t.content}]} for t in turns]


class GeminiChatModel(ChatModel):
    provider = "gemini"

    def __init__(self, client: Any, model: str) -> None:
        # google.genai.Client; we only use the async surface (`client.aio`).
        self._models = client.aio.models
        self._model = model

    async def complete(
        self,
        system: str,
        turns: Sequence[ChatTurn],
        *,
        max_tokens: int = 1024,
        temperature: float = 0.2,
    ) -> Completion:
        resp = await self._models.generate_content(
            model=self._model,
            contents=_contents(turns),
            config={
                "system_instruction": system,
                "max_output_tokens": max_tokens,
                "temperature": temperature,
            },
        )
        usage = resp.usage_metadata
        finish = resp.candidates[0].finish_reason if resp.candidates else None
        return Completion(
            text=resp.text or "",
            model=self._model,
            input_tokens=(usage.prompt_token_count or 0) if usage else 0,
            output_tokens=(usage.candidates_token_count or 0) if usage else 0,
            finish_reason=str(finish) if finish else None,
        )

    async def stream(
        self,
        system: str,
        turns: Sequence[ChatTurn],
        *,
        max_tokens: int = 1024,
        temperature: float = 0.2,
    ) -> AsyncIterator[str]:
        chunks = await self._models.generate_content_stream(
            model=self._model,
            contents=_contents(turns),
            config={
                "system_instruction": system,
                "max_output_tokens": max_tokens,
                "temperature": temperature,
            },
        )
        async for chunk in chunks:
            if chunk.text:
                yield chunk.text

    async def extract(self, system: str, text: str, schema: Type[T]) -> T:
        resp = await self._models.generate_content(
            model=self._model,
            contents=text,
            config={
                "system_instruction": system,
                "temperature": 0,
                "response_mime_type": "application/json",
                "response_schema": schema,
            },
        )
        if resp.parsed is not None:
            return resp.parsed  # type: ignore[return-value]
        try:
            return schema.model_validate(json.loads(resp.text or ""))
        except (ValueError, TypeError) as exc:
            raise ProviderUnavailable("gemini", f"unparseable JSON: {exc}") from exc
