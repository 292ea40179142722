"""xAI Grok agent using the native xai-sdk (gRPC)."""

from __future__ import annotations

from collections.abc import AsyncGenerator
import json

import grpc
from xai_sdk.chat import assistant, system, tool, tool_result, user

from homeassistant.components import conversation
from homeassistant.exceptions import HomeAssistantError
from homeassistant.helpers import llm

from ..const import CONF_STREAM
from .base import BaseAgent


class XaiAgent(BaseAgent):
    provider = "xai"

    def _build_chat(self, chat_log: conversation.ChatLog):
        tools = None
        if chat_log.llm_api:
            tools = [
                tool(name=spec["function"]["name"], description=spec["function"].get("description", ""),
                     parameters=spec["function"]["parameters"])
                for spec in self.tools_for(chat_log) or []
            ]
        chat = self.client.chat.create(
            model=self.model,
            tools=tools,
            max_tokens=self.max_tokens,
            temperature=self.temperature,
        )
        for content in chat_log.content:
            if isinstance(content, conversation.SystemContent):
                chat.append(system(content.content))
            elif isinstance(content, conversation.UserContent):
                chat.append(user(content.content))
            elif isinstance(content, conversation.AssistantContent) and content.content:
                chat.append(assistant(content.content))
            elif isinstance(content, conversation.ToolResultContent):
                chat.append(tool_result(json.dumps(content.tool_result)))
        return chat

    async def generate(
        self, chat_log: conversation.ChatLog
    ) -> AsyncGenerator[conversation.AssistantContentDeltaDict]:
        chat = self._build_chat(chat_log)
        try:
            if self.options.get(CONF_STREAM, True) and not chat_log.llm_api:
                yield {"role": "assistant"}
                async for _response, chunk in chat.stream():
                    if chunk.content:
                        yield {"content": chunk.content}
                return

            response = await chat.sample()
        except grpc.aio.AioRpcError as err:
            raise HomeAssistantError(f"xAI error: {err.details()}") from err

        yield {"role": "assistant", "content": response.content}
        if response.tool_calls:
            yield {
                "tool_calls": [
                    llm.ToolInput(
                        id=call.id,
                        tool_name=call.function.name,
                        tool_args=json.loads(call.function.arguments),
                    )
                    for call in response.tool_calls
                ]
            }
