"""Mistral agent."""

from __future__ import annotations

from collections.abc import AsyncGenerator
import json

from mistralai.models import SDKError

from homeassistant.components import conversation
from homeassistant.exceptions import HomeAssistantError
from homeassistant.helpers import llm

from ..const import CONF_STREAM
from .base import BaseAgent, chat_log_to_messages


class MistralAgent(BaseAgent):
    provider = "mistral"

    async def generate(
        self, chat_log: conversation.ChatLog
    ) -> AsyncGenerator[conversation.AssistantContentDeltaDict]:
        messages = chat_log_to_messages(chat_log)
        tools = self.tools_for(chat_log)
        if self.options.get(CONF_STREAM, False) and not tools:
            # streaming + tools is flaky with mistral-small, so only stream plain chat
            async for delta in self._generate_stream(messages):
                yield delta
            return

        try:
            response = await self.client.chat.complete_async(
                model=self.model,
                messages=messages,
                tools=tools,
                tool_choice="auto" if tools else None,
                temperature=self.temperature,
                max_tokens=self.max_tokens,
            )
        except SDKError as err:
            raise HomeAssistantError(f"Mistral error: {err.message}") from err

        message = response.choices[0].message
        yield {"role": "assistant", "content": message.content if isinstance(message.content, str) else None}
        if message.tool_calls:
            yield {
                "tool_calls": [
                    llm.ToolInput(
                        id=call.id,
                        tool_name=call.function.name,
                        tool_args=call.function.arguments
                        if isinstance(call.function.arguments, dict)
                        else json.loads(call.function.arguments),
                    )
                    for call in message.tool_calls
                ]
            }

    async def _generate_stream(self, messages):
        try:
            events = await self.client.chat.stream_async(
                model=self.model,
                messages=messages,
                temperature=self.temperature,
                max_tokens=self.max_tokens,
            )
        except SDKError as err:
            raise HomeAssistantError(f"Mistral error: {err.message}") from err
        yield {"role": "assistant"}
        async for event in events:
            delta = event.data.choices[0].delta
            if delta.content:
                yield {"content": delta.content}
