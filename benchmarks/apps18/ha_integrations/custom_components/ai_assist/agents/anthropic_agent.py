"""Anthropic Claude agent."""

from __future__ import annotations

from collections.abc import AsyncGenerator
import json
from typing import Any

import anthropic

from homeassistant.components import conversation
from homeassistant.exceptions import HomeAssistantError
from homeassistant.helpers import llm

from ..const import LOGGER
from .base import BaseAgent

# Claude has a 200k window but home prompts with all entities exposed get big fast
PROMPT_TOKEN_WARNING = 30_000


def _format_tool(tool: llm.Tool, custom_serializer: Any | None) -> dict[str, Any]:
    from voluptuous_openapi import convert

    return {
        "name": tool.name,
        "description": tool.description or "",
        "input_schema": convert(tool.parameters, custom_serializer=custom_serializer),
    }


def _convert_content(chat_log: conversation.ChatLog) -> list[dict[str, Any]]:
    messages: list[dict[str, Any]] = []
    for content in chat_log.content[1:]:
        if isinstance(content, conversation.UserContent):
            messages.append({"role": "user", "content": content.content})
        elif isinstance(content, conversation.AssistantContent):
            blocks: list[dict[str, Any]] = []
            if content.content:
                blocks.append({"type": "text", "text": content.content})
            for call in content.tool_calls or []:
                blocks.append({"type": "tool_use", "id": call.id, "name": call.tool_name, "input": call.tool_args})
            messages.append({"role": "assistant", "content": blocks})
        elif isinstance(content, conversation.ToolResultContent):
            block = {
                "type": "tool_result",
                "tool_use_id": content.tool_call_id,
                "content": json.dumps(content.tool_result),
            }
            # consecutive tool results must be in the same user turn
            if messages and messages[-1]["role"] == "user" and isinstance(messages[-1]["content"], list):
                messages[-1]["content"].append(block)
            else:
                messages.append({"role": "user", "content": [block]})
    return messages


class AnthropicAgent(BaseAgent):
    provider = "anthropic"

    def tools_for(self, chat_log: conversation.ChatLog) -> list[dict[str, Any]] | None:
        if not chat_log.llm_api:
            return None
        return [_format_tool(tool, chat_log.llm_api.custom_serializer) for tool in chat_log.llm_api.tools]

    async def _warn_if_large(self, system: str, messages: list[dict[str, Any]], tools: list[dict[str, Any]] | None) -> None:
        try:
            count = await self.client.messages.count_tokens(
                model=self.model, system=system, messages=messages, tools=tools or anthropic.NOT_GIVEN
            )
        except anthropic.APIError:
            return
        if count.input_tokens > PROMPT_TOKEN_WARNING:
            LOGGER.warning(
                "Prompt for %s is %s tokens; consider exposing fewer entities", self.model, count.input_tokens
            )

    async def generate(
        self, chat_log: conversation.ChatLog
    ) -> AsyncGenerator[conversation.AssistantContentDeltaDict]:
        system = chat_log.content[0].content
        messages = _convert_content(chat_log)
        tools = self.tools_for(chat_log)
        if LOGGER.isEnabledFor(10):
            await self._warn_if_large(system, messages, tools)

        try:
            async with self.client.messages.stream(
                model=self.model,
                system=system,
                messages=messages,
                tools=tools or anthropic.NOT_GIVEN,
                max_tokens=self.max_tokens,
                temperature=self.temperature,
            ) as stream:
                yield {"role": "assistant"}
                async for text in stream.text_stream:
                    yield {"content": text}
                final = await stream.get_final_message()
        except anthropic.AnthropicError as err:
            raise HomeAssistantError(f"Sorry, I had a problem talking to Anthropic: {err}") from err

        tool_calls = [
            llm.ToolInput(id=block.id, tool_name=block.name, tool_args=block.input)
            for block in final.content
            if block.type == "tool_use"
        ]
        if tool_calls:
            yield {"tool_calls": tool_calls}

    async def async_quick_answer(self, question: str) -> str:
        """Non-streaming one-shot, used by the intent fallback."""
        response = await self.client.messages.create(
            model=self.model,
            max_tokens=256,
            messages=[{"role": "user", "content": question}],
        )
        return "".join(block.text for block in response.content if block.type == "text")
