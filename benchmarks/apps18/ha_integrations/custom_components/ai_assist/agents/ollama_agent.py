"""Local Ollama agent."""

from __future__ import annotations

from collections.abc import AsyncGenerator
from typing import Any

import ollama

from homeassistant.components import conversation
from homeassistant.exceptions import HomeAssistantError
from homeassistant.helpers import llm

from ..const import CONF_KEEP_ALIVE, DEFAULT_KEEP_ALIVE
from .base import BaseAgent, chat_log_to_messages


def _fix_messages_for_ollama(messages: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Ollama wants tool call arguments as dicts, not JSON strings."""
    import json

    for message in messages:
        for call in message.get("tool_calls", []):
            args = call["function"]["arguments"]
            if isinstance(args, str):
                call["function"]["arguments"] = json.loads(args)
    return messages


class OllamaAgent(BaseAgent):
    provider = "ollama"

    async def generate(
        self, chat_log: conversation.ChatLog
    ) -> AsyncGenerator[conversation.AssistantContentDeltaDict]:
        messages = _fix_messages_for_ollama(chat_log_to_messages(chat_log))
        try:
            response_generator = await self.client.chat(
                model=self.model,
                messages=messages,
                tools=self.tools_for(chat_log),
                stream=True,
                keep_alive=self.options.get(CONF_KEEP_ALIVE, DEFAULT_KEEP_ALIVE),
                options={"num_ctx": 8192, "temperature": self.temperature, "num_predict": self.max_tokens},
            )
        except (ollama.RequestError, ollama.ResponseError) as err:
            raise HomeAssistantError(f"Sorry, I had a problem talking to Ollama: {err}") from err

        yield {"role": "assistant"}
        async for chunk in response_generator:
            message = chunk.message
            if message.content:
                yield {"content": message.content}
            if message.tool_calls:
                yield {
                    "tool_calls": [
                        llm.ToolInput(tool_name=call.function.name, tool_args=dict(call.function.arguments))
                        for call in message.tool_calls
                    ]
                }
