"""Anthropic adapter: translates OpenAI-style chat requests to the Messages API."""
from __future__ import annotations

import json
import os
from typing import Any, AsyncIterator, Dict, List, Optional, Tuple

from anthropic import AsyncAnthropic

from gateway.providers.base import ChatProvider, ProviderSpec
from gateway.schemas import ChatRequest, ProviderResult, Usage

DEFAULT_MAX_TOKENS = 4096

_STOP_REASON_MAP = {
    "end_turn": "stop",
    "stop_sequence": "stop",
    "max_tokens": "length",
    "tool_use": "tool_calls",
}


def split_system(messages: List[Dict[str, Any]]) -> Tuple[Optional[str], List[Dict[str, Any]]]:
    system_parts = [m["content"] for m in messages if m["role"] == "system" and m.get("content")]
    rest = [m for m in messages if m["role"] != "system"]
    return ("\n\n".join(system_parts) if system_parts else None), rest


def _convert_tools(tools: Optional[List[Dict[str, Any]]]) -> Optional[List[Dict[str, Any]]]:
    if not tools:
        return None
    out = []
    for t in tools:
        fn = t.get("function", t)
        out.append(
            {
                "name": fn["name"],
                "description": fn.get("description", ""),
                "input_schema": fn.get("parameters", {"type": "object", "properties": {}}),
            }
        )
    return out


class AnthropicProvider(ChatProvider):
    name = "anthropic"

    def __init__(self, api_key: Optional[str] = None):
        self._client = AsyncAnthropic(api_key=api_key or os.environ.get("ANTHROPIC_API_KEY"))

    def _build_params(self, spec: ProviderSpec, request: ChatRequest) -> Dict[str, Any]:
        system, messages = split_system(request.message_dicts())
        params: Dict[str, Any] = {
            "model": spec.model,
            "messages": messages,
            "max_tokens": request.max_tokens or DEFAULT_MAX_TOKENS,
        }
        if system:
            params["system"] = system
        if request.temperature is not None:
            params["temperature"] = min(request.temperature, 1.0)
        if request.stop:
            params["stop_sequences"] = [request.stop] if isinstance(request.stop, str) else request.stop
        tools = _convert_tools(request.tools)
        if tools:
            params["tools"] = tools
        return params

    async def input_tokens(self, spec: ProviderSpec, request: ChatRequest) -> int:
        """Exact prompt size, used by the context-window guard for long prompts."""
        params = self._build_params(spec, request)
        params.pop("max_tokens", None)
        params.pop("temperature", None)
        params.pop("stop_sequences", None)
        counted = await self._client.messages.count_tokens(**params)
        return counted.input_tokens

    async def chat(self, spec: ProviderSpec, request: ChatRequest) -> ProviderResult:
        start = self._clock()
        try:
            message = await self._client.messages.create(**self._build_params(spec, request))
        except Exception as exc:
            raise self._wrap_error(exc) from exc
        text = "".join(block.text for block in message.content if block.type == "text")
        tool_calls = [
            {
                "id": block.id,
                "type": "function",
                "function": {"name": block.name, "arguments": json.dumps(block.input)},
            }
            for block in message.content
            if block.type == "tool_use"
        ]
        return ProviderResult(
            provider=self.name,
            model=spec.model,
            text=text,
            finish_reason=_STOP_REASON_MAP.get(message.stop_reason, message.stop_reason),
            tool_calls=tool_calls or None,
            usage=Usage(
                prompt_tokens=message.usage.input_tokens,
                completion_tokens=message.usage.output_tokens,
                total_tokens=message.usage.input_tokens + message.usage.output_tokens,
            ),
            latency_ms=self._elapsed_ms(start),
        )

    async def stream(self, spec: ProviderSpec, request: ChatRequest) -> AsyncIterator[str]:
        async with self._client.messages.stream(**self._build_params(spec, request)) as stream:
            async for text in stream.text_stream:
                yield text
