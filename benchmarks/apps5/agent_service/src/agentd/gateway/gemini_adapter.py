from __future__ import annotations

import logging
import uuid
from typing import TYPE_CHECKING, AsyncIterator, List, Optional, Sequence

from google.genai import errors as genai_errors
from google.genai import types

from agentd.errors import GatewayError
from agentd.gateway.base import Vendor
from agentd.models import ChatMessage, ModelTurn, ToolCall, ToolSpec

if TYPE_CHECKING:
    from google import genai

    from agentd.container import Container

log = logging.getLogger(__name__)


def _to_contents(messages: Sequence[ChatMessage]) -> List[types.Content]:
    contents: List[types.Content] = []
    for m in messages:
        if m.role == "system":
            continue
        if m.role == "tool":
            part = types.Part.from_function_response(name=m.name or "tool", response={"result": m.content})
            contents.append(types.Content(role="user", parts=[part]))
        elif m.role == "assistant":
            parts = [types.Part.from_text(text=m.content)] if m.content else []
            parts.extend(
                types.Part(function_call=types.FunctionCall(name=tc.name, args=tc.arguments)) for tc in m.tool_calls
            )
            contents.append(types.Content(role="model", parts=parts))
        else:
            contents.append(types.Content(role="user", parts=[types.Part.from_text(text=m.content)]))
    return contents


def _config(
    system: Optional[str], max_tokens: int, tools: Optional[Sequence[ToolSpec]] = None
) -> types.GenerateContentConfig:
    gemini_tools = None
    if tools:
        gemini_tools = [
            types.Tool(
                function_declarations=[
                    types.FunctionDeclaration(
                        name=t.name, description=t.description, parameters_json_schema=t.parameters
                    )
                    for t in tools
                ]
            )
        ]
    return types.GenerateContentConfig(
        system_instruction=system,
        max_output_tokens=max_tokens,
        tools=gemini_tools,
        automatic_function_calling=types.AutomaticFunctionCallingConfig(disable=True),
    )


class GeminiAdapter:
    vendor = Vendor.GEMINI

    def __init__(self, client: "genai.Client", model: str, embedding_model: str) -> None:
        self._client = client
        self.model = model
        self.embedding_model = embedding_model

    @classmethod
    def from_container(cls, c: "Container") -> "GeminiAdapter":
        return cls(c.genai, c.settings.gemini_model, c.settings.gemini_embedding_model)

    async def complete(
        self,
        messages: Sequence[ChatMessage],
        *,
        tools: Optional[Sequence[ToolSpec]] = None,
        system: Optional[str] = None,
        max_tokens: int = 1024,
    ) -> ModelTurn:
        try:
            resp = await self._client.aio.models.generate_content(
                model=self.model,
                contents=_to_contents(messages),
                config=_config(system, max_tokens, tools),
            )
        except genai_errors.APIError as exc:
            raise GatewayError(self.vendor.value, exc.message or str(exc), status=exc.code) from exc

        calls = [
            ToolCall(id=fc.id or f"call_{uuid.uuid4().hex[:12]}", name=fc.name or "", arguments=dict(fc.args or {}))
            for fc in (resp.function_calls or [])
        ]
        usage = resp.usage_metadata
        finish = resp.candidates[0].finish_reason if resp.candidates else None
        return ModelTurn(
            text=resp.text if not calls else None,
            tool_calls=calls,
            stop_reason=str(finish) if finish else None,
            model=self.model,
            input_tokens=(usage.prompt_token_count or 0) if usage else 0,
            output_tokens=(usage.candidates_token_count or 0) if usage else 0,
        )

    async def stream(
        self,
        messages: Sequence[ChatMessage],
        *,
        system: Optional[str] = None,
        max_tokens: int = 1024,
    ) -> AsyncIterator[str]:
        async for chunk in await self._client.aio.models.generate_content_stream(
            model=self.model,
            contents=_to_contents(messages),
            config=_config(system, max_tokens),
        ):
            if chunk.text:
                yield chunk.text

    async def embed(self, texts: Sequence[str]) -> List[List[float]]:
        if not texts:
            return []
        resp = await self._client.aio.models.embed_content(
            model=self.embedding_model,
            contents=list(texts),
            config=types.EmbedContentConfig(task_type="RETRIEVAL_DOCUMENT"),
        )
        return [list(e.values or []) for e in (resp.embeddings or [])]
