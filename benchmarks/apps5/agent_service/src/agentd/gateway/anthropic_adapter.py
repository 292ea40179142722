from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any, AsyncIterator, Dict, List, Optional, Sequence

import anthropic

from agentd.errors import GatewayError
from agentd.gateway.base import Vendor
from agentd.models import ChatMessage, ModelTurn, ToolCall, ToolSpec

if TYPE_CHECKING:
    from agentd.container import Container

log = logging.getLogger(__name__)


def _to_anthropic_messages(messages: Sequence[ChatMessage]) -> List[Dict[str, Any]]:
    """Anthropic wants tool results as user-role content blocks and no system messages."""
    out: List[Dict[str, Any]] = []
    for m in messages:
        if m.role == "system":
            continue
        if m.role == "tool":
            block = {"type": "tool_result", "tool_use_id": m.tool_call_id, "content": m.content}
            if out and out[-1]["role"] == "user" and isinstance(out[-1]["content"], list):
                out[-1]["content"].append(block)
            else:
                out.append({"role": "user", "content": [block]})
        elif m.role == "assistant" and m.tool_calls:
            content: List[Dict[str, Any]] = []
            if m.content:
                content.append({"type": "text", "text": m.content})
            content.extend(
                {"type": "tool_use", "id": tc.id, "name": tc.name, "input": tc.arguments} for tc in m.tool_calls
            )
            out.append({"role": "assistant", "content": content})
        else:
            out.append({"role": m.role, "content": m.content})
    return out


class AnthropicAdapter:
    vendor = Vendor.ANTHROPIC

    def __init__(self, client: "anthropic.AsyncAnthropic", model: str) -> None:
        self._client = client
        self.model = model

    @classmethod
    def from_container(cls, c: "Container") -> "AnthropicAdapter":
        return cls(c.anthropic, c.settings.anthropic_model)

    async def complete(
        self,
        messages: Sequence[ChatMessage],
        *,
        tools: Optional[Sequence[ToolSpec]] = None,
        system: Optional[str] = None,
        max_tokens: int = 1024,
    ) -> ModelTurn:
        params: Dict[str, Any] = {
            "model": self.model,
            "max_tokens": max_tokens,
            "messages": _to_anthropic_messages(messages),
        }
        if system:
            params["system"] = system
        if tools:
            params["tools"] = [
                {"name": t.name, "description": t.description, "input_schema": t.parameters} for t in tools
            ]
        try:
            msg = await self._client.messages.create(**params)
        except anthropic.APIStatusError as exc:
            raise GatewayError(self.vendor.value, exc.message, status=exc.status_code) from exc
        except anthropic.APIConnectionError as exc:
            raise GatewayError(self.vendor.value, str(exc)) from exc

        text_parts = [b.text for b in msg.content if b.type == "text"]
        calls = [ToolCall(id=b.id, name=b.name, arguments=dict(b.input)) for b in msg.content if b.type == "tool_use"]
        return ModelTurn(
            text="".join(text_parts) or None,
            tool_calls=calls,
            stop_reason=msg.stop_reason,
            model=msg.model,
            input_tokens=msg.usage.input_tokens,
            output_tokens=msg.usage.output_tokens,
        )

    async def stream(
        self,
        messages: Sequence[ChatMessage],
        *,
        system: Optional[str] = None,
        max_tokens: int = 1024,
    ) -> AsyncIterator[str]:
        extra: Dict[str, Any] = {"system": system} if system else {}
        async with self._client.messages.stream(
            model=self.model,
            max_tokens=max_tokens,
            messages=_to_anthropic_messages(messages),
            **extra,
        ) as stream:
            async for text in stream.text_stream:
                yield text
            final = await stream.get_final_message()
            log.debug("anthropic stream done in=%s out=%s", final.usage.input_tokens, final.usage.output_tokens)

    async def embed(self, texts: Sequence[str]) -> List[List[float]]:
        raise NotImplementedError("Anthropic has no embeddings endpoint; configure an embedding vendor")
