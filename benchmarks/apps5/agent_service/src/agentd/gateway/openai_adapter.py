from __future__ import annotations

import json
import logging
from typing import TYPE_CHECKING, Any, AsyncIterator, Dict, List, Optional, Sequence

from openai import APIConnectionError, APIStatusError

from agentd.errors import GatewayError
from agentd.gateway.base import Vendor
from agentd.models import ChatMessage, ModelTurn, ToolCall, ToolSpec

if TYPE_CHECKING:
    from openai import AsyncOpenAI

    from agentd.container import Container

log = logging.getLogger(__name__)


def _to_openai_messages(messages: Sequence[ChatMessage], system: Optional[str]) -> List[Dict[str, Any]]:
    out: List[Dict[str, Any]] = []
    if system:
        out.append({"role": "system", "content": system})
    for m in messages:
        if m.role == "tool":
            out.append({"role": "tool", "tool_call_id": m.tool_call_id, "content": m.content})
        elif m.role == "assistant" and m.tool_calls:
            out.append(
                {
                    "role": "assistant",
                    "content": m.content or None,
                    "tool_calls": [
                        {
                            "id": tc.id,
                            "type": "function",
                            "function": {"name": tc.name, "arguments": json.dumps(tc.arguments)},
                        }
                        for tc in m.tool_calls
                    ],
                }
            )
        else:
            out.append({"role": m.role, "content": m.content})
    return out


def _to_openai_tools(tools: Sequence[ToolSpec]) -> List[Dict[str, Any]]:
    return [
        {
            "type": "function",
            "function": {"name": t.name, "description": t.description, "parameters": t.parameters},
        }
        for t in tools
    ]


class OpenAIAdapter:
    vendor = Vendor.OPENAI

    def __init__(self, client: "AsyncOpenAI", model: str, embedding_model: str) -> None:
        self._client = client
        self.model = model
        self.embedding_model = embedding_model

    @classmethod
    def from_container(cls, c: "Container") -> "OpenAIAdapter":
        return cls(c.async_openai, c.settings.openai_model, c.settings.openai_embedding_model)

    async def complete(
        self,
        messages: Sequence[ChatMessage],
        *,
        tools: Optional[Sequence[ToolSpec]] = None,
        system: Optional[str] = None,
        max_tokens: int = 1024,
    ) -> ModelTurn:
        extra: Dict[str, Any] = {}
        if tools:
            extra["tools"] = _to_openai_tools(tools)
            extra["tool_choice"] = "auto"
            extra["parallel_tool_calls"] = True
        try:
            resp = await self._client.chat.completions.create(
                model=self.model,
                messages=_to_openai_messages(messages, system),
                max_tokens=max_tokens,
                **extra,
            )
        except APIStatusError as exc:
            raise GatewayError(self.vendor.value, exc.message, status=exc.status_code) from exc
        except APIConnectionError as exc:
            raise GatewayError(self.vendor.value, str(exc)) from exc

        choice = resp.choices[0]
        calls = []
        for tc in choice.message.tool_calls or []:
            try:
                args = json.loads(tc.function.arguments or "{}")
            except json.JSONDecodeError:
                log.warning("model returned invalid JSON for tool %s", tc.function.name)
                args = {"__raw__": tc.function.arguments}
            calls.append(ToolCall(id=tc.id, name=tc.function.name, arguments=args))
        return ModelTurn(
            text=choice.message.content,
            tool_calls=calls,
            stop_reason=choice.finish_reason,
            model=resp.model,
            input_tokens=resp.usage.prompt_tokens if resp.usage else 0,
            output_tokens=resp.usage.completion_tokens if resp.usage else 0,
        )

    async def stream(
        self,
        messages: Sequence[ChatMessage],
        *,
        system: Optional[str] = None,
        max_tokens: int = 1024,
    ) -> AsyncIterator[str]:
        stream = await self._client.chat.completions.create(
            model=self.model,
            messages=_to_openai_messages(messages, system),
            max_tokens=max_tokens,
            stream=True,
            stream_options={"include_usage": True},
        )
        async for chunk in stream:
            if chunk.choices and chunk.choices[0].delta.content:
                yield chunk.choices[0].delta.content
            elif chunk.usage is not None:
                log.debug("openai stream usage in=%s out=%s", chunk.usage.prompt_tokens, chunk.usage.completion_tokens)

    async def embed(self, texts: Sequence[str]) -> List[List[float]]:
        if not texts:
            return []
        resp = await self._client.embeddings.create(model=self.embedding_model, input=list(texts))
        return [item.embedding for item in sorted(resp.data, key=lambda d: d.index)]
