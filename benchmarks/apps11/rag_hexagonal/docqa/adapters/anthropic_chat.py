"""ChatModel adapter for Anthropic Claude."""
from __future__ import annotations

import logging
from typing import Any, AsyncIterator, Dict, List, Sequence, Type

from docqa.domain import ChatTurn, ProviderUnavailable
from docqa.ports import ChatModel, Completion, T

logger = logging.getLogger(__name__)

_EXTRACT_TOOL = "record_fields"


def _merge_turns(turns: Sequence[ChatTurn]) -> List[Dict[str, Any]]:
    """Claude wants strictly alternating roles starting with a user turn."""
    merged: List[Dict[str, Any]] = []
    for turn in turns:
        if merged and merged[-1]["role"] == turn.role:
            merged[-1]["content"] += "\n\n" + turn.content
        else:
            merged.append({"role": turn.role, "content": turn.content})
    if merged and merged[0]["role"] != "user":
        merged.insert(0, {"role": "user", "content": "(conversation continues)"})
    return merged


class AnthropicChatModel(ChatModel):
    provider = "anthropic"

    def __init__(self, client: Any, model: str, *, context_budget_tokens: int = 150_000) -> None:
        self._client = client  # anthropic.AsyncAnthropic, injected by bootstrap
        self._model = model
        self._budget = context_budget_tokens

    async def fits_budget(self, system: str, turns: Sequence[ChatTurn]) -> bool:
        counted = await self._client.messages.count_tokens(
            model=self._model,
            system=system,
            messages=_merge_turns(turns),
        )
        return counted.input_tokens <= self._budget

    async def complete(
        self,
        system: str,
        turns: Sequence[ChatTurn],
        *,
        max_tokens: int = 1024,
        temperature: float = 0.2,
    ) -> Completion:
        msg = await self._client.messages.create(
            model=self._model,
            system=system,
            messages=_merge_turns(turns),
            max_tokens=max_tokens,
            temperature=temperature,
        )
        text = "".join(block.text for block in msg.content if block.type == "text")
        return Completion(
            text=text,
            model=msg.model,
            input_tokens=msg.usage.input_tokens,
            output_tokens=msg.usage.output_tokens,
            finish_reason=msg.stop_reason,
        )

    async def stream(
        self,
        system: str,
        turns: Sequence[ChatTurn],
        *,
        max_tokens: int = 1024,
        temperature: float = 0.2,
    ) -> AsyncIterator[str]:
        async with self._client.messages.stream(
            model=self._model,
            system=system,
            messages=_merge_turns(turns),
            max_tokens=max_tokens,
            temperature=temperature,
        ) as stream:
            async for text in stream.text_stream:
                yield text
            final = await stream.get_final_message()
            logger.debug("anthropic stream done, stop=%s usage=%s", final.stop_reason, final.usage)

    async def extract(self, system: str, text: str, schema: Type[T]) -> T:
        msg = await self._client.messages.create(
            model=self._model,
            max_tokens=2048,
            system=system,
            tools=[
                {
                    "name": _EXTRACT_TOOL,
                    "description": "Record the extracted fields.",
                    "input_schema": schema.model_json_schema(),
                }
            ],
            tool_choice={"type": "tool", "name": _EXTRACT_TOOL},
            messages=[{"role": "user", "content": text}],
        )
        for block in msg.content:
            if block.type == "tool_use" and block.name == _EXTRACT_TOOL:
                return schema.model_validate(block.input)
        raise ProviderUnavailable("anthropic", f"no tool_use block (stop_reason={msg.stop_reason})")
