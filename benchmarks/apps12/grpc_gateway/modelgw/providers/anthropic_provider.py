from __future__ import annotations

import json
import logging
from typing import AsyncIterator, List

from modelgw.providers.base import BaseProvider, ChatParams, CompletionResult, StreamDelta
from modelgw.providers.clients import anthropic_client
from modelgw.services.llm_usage_tracker import llm_tracker
from modelgw.utils import retry_async, split_system

log = logging.getLogger(__name__)

# Forcing a single tool call is the most reliable way to get strict JSON back.
_JSON_TOOL = {
    "name": "emit_json",
    "description": "Return the answer as a JSON object.",
    "input_schema": {"type": "object", "additionalProperties": True},
}


def _system_kw(system: str) -> dict:
    # the SDK rejects system=None, so only send the key when there is one
    return {"system": system} if system else {}


class AnthropicProvider(BaseProvider):
    name = "anthropic"

    def __init__(self, client=None):
        self._client = client or anthropic_client()

    @staticmethod
    def _result(msg) -> CompletionResult:
        text = "".join(block.text for block in msg.content if block.type == "text")
        return CompletionResult(
            text=text,
            model=msg.model,
            provider="anthropic",
            input_tokens=msg.usage.input_tokens,
            output_tokens=msg.usage.output_tokens,
            finish_reason=msg.stop_reason or "",
            request_id=msg.id,
        )

    async def complete(self, params: ChatParams) -> CompletionResult:
        system, turns = split_system(params.messages)
        if params.json_mode:
            return await self._complete_json(params, system, turns)

        extra = {}
        if params.temperature is not None:
            extra["temperature"] = params.temperature
        if params.reasoning:
            extra["thinking"] = {"type": "enabled", "budget_tokens": max(1024, params.max_tokens // 2)}

        async with llm_tracker.track_llm_call(
            provider="anthropic",
            model=params.model,
            feature_context=params.feature or "complete",
            tenant_id=params.tenant_id,
        ) as usage_log:
            msg = await self._client.messages.create(
                model=params.model,
                max_tokens=params.max_tokens,
                **_system_kw(system),
                messages=turns,
                **extra,
            )
            usage_log.input_tokens = msg.usage.input_tokens
            usage_log.output_tokens = msg.usage.output_tokens
        return self._result(msg)

    async def _complete_json(self, params: ChatParams, system: str, turns: List[dict]) -> CompletionResult:
        msg = await retry_async(
            self._client.messages.create,
            model=params.model,
            max_tokens=params.max_tokens,
            **_system_kw(system),
            messages=turns,
            tools=[_JSON_TOOL],
            tool_choice={"type": "tool", "name": "emit_json"},
        )
        payload = next((b.input for b in msg.content if b.type == "tool_use"), {})
        result = self._result(msg)
        result.text = json.dumps(payload)
        return result

    async def stream(self, params: ChatParams) -> AsyncIterator[StreamDelta]:
        system, turns = split_system(params.messages)
        async with self._client.messages.stream(
            model=params.model,
            max_tokens=params.max_tokens,
            **_system_kw(system),
            messages=turns,
        ) as stream:
            async for text in stream.text_stream:
                yield StreamDelta(text=text)
            final = await stream.get_final_message()
        yield StreamDelta(
            done=True,
            input_tokens=final.usage.input_tokens,
            output_tokens=final.usage.output_tokens,
        )

    async def count_tokens(self, params: ChatParams) -> int:
        system, turns = split_system(params.messages)
        counted = await self._client.messages.count_tokens(
            model=params.model,
            **_system_kw(system),
            messages=turns,
        )
        return counted.input_tokens

    async def list_models(self) -> List[str]:
        page = await self._client.models.list(limit=100)
        return [m.id for m in page.data]
