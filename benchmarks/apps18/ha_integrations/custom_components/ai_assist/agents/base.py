"""Base class and shared conversion helpers for provider agents."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import AsyncGenerator
import json
from typing import Any

from voluptuous_openapi import convert

from homeassistant.components import conversation
from homeassistant.helpers import llm

from ..const import (
    CONF_CHAT_MODEL,
    CONF_MAX_TOKENS,
    CONF_TEMPERATURE,
    MAX_TOOL_ITERATIONS,
    RECOMMENDED_MAX_TOKENS,
    RECOMMENDED_TEMPERATURE,
)


def format_tool_openai(tool: llm.Tool, custom_serializer: Any | None) -> dict[str, Any]:
    """OpenAI chat-completions style tool definition (also used by Ollama/Mistral/xAI)."""
    spec: dict[str, Any] = {
        "name": tool.name,
        "parameters": convert(tool.parameters, custom_serializer=custom_serializer),
    }
    if tool.description:
        spec["description"] = tool.description
    return {"type": "function", "function": spec}


def chat_log_to_messages(chat_log: conversation.ChatLog) -> list[dict[str, Any]]:
    """Convert the HA chat log into role/content dicts."""
    messages: list[dict[str, Any]] = []
    for content in chat_log.content:
        if isinstance(content, conversation.SystemContent):
            messages.append({"role": "system", "content": content.content})
        elif isinstance(content, conversation.UserContent):
            messages.append({"role": "user", "content": content.content})
        elif isinstance(content, conversation.AssistantContent):
            msg: dict[str, Any] = {"role": "assistant", "content": content.content or ""}
            if content.tool_calls:
                msg["tool_calls"] = [
                    {
                        "id": call.id,
                        "type": "function",
                        "function": {"name": call.tool_name, "arguments": json.dumps(call.tool_args)},
                    }
                    for call in content.tool_calls
                ]
            messages.append(msg)
        elif isinstance(content, conversation.ToolResultContent):
            messages.append(
                {
                    "role": "tool",
                    "tool_call_id": content.tool_call_id,
                    "content": json.dumps(content.tool_result),
                }
            )
    return messages


class BaseAgent(ABC):
    """One agent per config entry; owns the provider client."""

    provider: str = "base"

    def __init__(self, client: Any, options: dict[str, Any], default_model: str) -> None:
        self.client = client
        self.options = options
        self.model: str = options.get(CONF_CHAT_MODEL, default_model)
        self.max_tokens: int = options.get(CONF_MAX_TOKENS, RECOMMENDED_MAX_TOKENS)
        self.temperature: float = options.get(CONF_TEMPERATURE, RECOMMENDED_TEMPERATURE)

    def tools_for(self, chat_log: conversation.ChatLog) -> list[dict[str, Any]] | None:
        if not chat_log.llm_api:
            return None
        return [
            format_tool_openai(tool, chat_log.llm_api.custom_serializer)
            for tool in chat_log.llm_api.tools
        ]

    @abstractmethod
    def generate(self, chat_log: conversation.ChatLog) -> AsyncGenerator[conversation.AssistantContentDeltaDict]:
        """Yield assistant deltas for one model turn."""

    async def async_run(self, entity_id: str, chat_log: conversation.ChatLog) -> None:
        """Run the tool loop until the model stops asking for tools."""
        for _ in range(MAX_TOOL_ITERATIONS):
            async for _content in chat_log.async_add_delta_content_stream(
                entity_id, self.generate(chat_log)
            ):
                pass
            if not chat_log.unresponded_tool_results:
                break
