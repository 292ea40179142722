"""OpenAI (Responses API) and Azure OpenAI (chat completions) agents."""

from __future__ import annotations

from collections.abc import AsyncGenerator
import json
from typing import Any

import openai
from openai.types.responses import (
    ResponseCompletedEvent,
    ResponseFunctionCallArgumentsDoneEvent,
    ResponseOutputItemAddedEvent,
    ResponseTextDeltaEvent,
)

from homeassistant.components import conversation
from homeassistant.exceptions import HomeAssistantError
from homeassistant.helpers import llm

from .base import BaseAgent, chat_log_to_messages


def _to_responses_input(chat_log: conversation.ChatLog) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    for content in chat_log.content[1:]:  # system prompt goes into `instructions`
        if isinstance(content, conversation.UserContent):
            items.append({"type": "message", "role": "user", "content": content.content})
        elif isinstance(content, conversation.AssistantContent):
            if content.content:
                items.append({"type": "message", "role": "assistant", "content": content.content})
            for call in content.tool_calls or []:
                items.append(
                    {
                        "type": "function_call",
                        "name": call.tool_name,
                        "arguments": json.dumps(call.tool_args),
                        "call_id": call.id,
                    }
                )
        elif isinstance(content, conversation.ToolResultContent):
            items.append(
                {
                    "type": "function_call_output",
                    "call_id": content.tool_call_id,
                    "output": json.dumps(content.tool_result),
                }
            )
    return items


class OpenAIAgent(BaseAgent):
    provider = "openai"

    def tools_for(self, chat_log: conversation.ChatLog) -> list[dict[str, Any]] | None:
        tools = super().tools_for(chat_log)
        if tools is None:
            return None
        # Responses API wants the function spec flattened
        return [{"type": "function", **tool["function"], "strict": False} for tool in tools]

    async def generate(
        self, chat_log: conversation.ChatLog
    ) -> AsyncGenerator[conversation.AssistantContentDeltaDict]:
        kwargs: dict[str, Any] = {
            "model": self.model,
            "instructions": chat_log.content[0].content,
            "input": _to_responses_input(chat_log),
            "max_output_tokens": self.max_tokens,
            "user": chat_log.conversation_id,
            "store": False,
            "stream": True,
        }
        if tools := self.tools_for(chat_log):
            kwargs["tools"] = tools
        if not self.model.startswith("o"):
            kwargs["temperature"] = self.temperature

        try:
            stream = await self.client.responses.create(**kwargs)
        except openai.RateLimitError as err:
            raise HomeAssistantError("Rate limited or insufficient funds") from err
        except openai.OpenAIError as err:
            raise HomeAssistantError(f"Error talking to OpenAI: {err}") from err

        pending_calls: dict[str, str] = {}
        async for event in stream:
            if isinstance(event, ResponseOutputItemAddedEvent):
                if event.item.type == "message":
                    yield {"role": "assistant"}
                elif event.item.type == "function_call":
                    pending_calls[event.item.id] = event.item.call_id
            elif isinstance(event, ResponseTextDeltaEvent):
                yield {"content": event.delta}
            elif isinstance(event, ResponseFunctionCallArgumentsDoneEvent):
                yield {
                    "tool_calls": [
                        llm.ToolInput(
                            id=pending_calls.get(event.item_id, event.item_id),
                            tool_name=event.name,
                            tool_args=json.loads(event.arguments),
                        )
                    ]
                }
            elif isinstance(event, ResponseCompletedEvent) and event.response.usage:
                yield {
                    "native": {
                        "input_tokens": event.response.usage.input_tokens,
                        "output_tokens": event.response.usage.output_tokens,
                    }
                }


class AzureOpenAIAgent(BaseAgent):
    """Azure deployments lag behind on the Responses API, so chat completions here."""

    provider = "azure_openai"

    async def generate(
        self, chat_log: conversation.ChatLog
    ) -> AsyncGenerator[conversation.AssistantContentDeltaDict]:
        tools = self.tools_for(chat_log)
        try:
            result = await self.client.chat.completions.create(
                model=self.model,  # deployment name on Azure
                messages=chat_log_to_messages(chat_log),
                tools=tools or openai.NOT_GIVEN,
                max_tokens=self.max_tokens,
                temperature=self.temperature,
                user=chat_log.conversation_id,
            )
        except openai.OpenAIError as err:
            raise HomeAssistantError(f"Error talking to Azure OpenAI: {err}") from err

        message = result.choices[0].message
        yield {"role": "assistant", "content": message.content}
        if message.tool_calls:
            yield {
                "tool_calls": [
                    llm.ToolInput(
                        id=call.id,
                        tool_name=call.function.name,
                        tool_args=json.loads(call.function.arguments),
                    )
                    for call in message.tool_calls
                ]
            }
