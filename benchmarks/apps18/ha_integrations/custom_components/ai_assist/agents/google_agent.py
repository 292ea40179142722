"""Google Gemini agent (google-genai)."""

from __future__ import annotations

from collections.abc import AsyncGenerator
from typing import Any

from google.genai import types
from google.genai.errors import APIError, ClientError

from homeassistant.components import conversation
from homeassistant.exceptions import HomeAssistantError
from homeassistant.helpers import llm

from .base import BaseAgent

SAFETY_OFF = [
    types.SafetySetting(category=category, threshold=types.HarmBlockThreshold.BLOCK_ONLY_HIGH)
    for category in (
        types.HarmCategory.HARM_CATEGORY_HARASSMENT,
        types.HarmCategory.HARM_CATEGORY_HATE_SPEECH,
        types.HarmCategory.HARM_CATEGORY_SEXUALLY_EXPLICIT,
        types.HarmCategory.HARM_CATEGORY_DANGEROUS_CONTENT,
    )
]


def _tool_declarations(chat_log: conversation.ChatLog) -> list[types.Tool] | None:
    if not chat_log.llm_api:
        return None
    from voluptuous_openapi import convert

    decls = [
        types.FunctionDeclaration(
            name=tool.name,
            description=tool.description,
            parameters_json_schema=convert(tool.parameters, custom_serializer=chat_log.llm_api.custom_serializer),
        )
        for tool in chat_log.llm_api.tools
    ]
    return [types.Tool(function_declarations=decls)]


def _to_contents(chat_log: conversation.ChatLog) -> list[types.Content]:
    contents: list[types.Content] = []
    for content in chat_log.content[1:]:
        if isinstance(content, conversation.UserContent):
            contents.append(types.Content(role="user", parts=[types.Part.from_text(text=content.content)]))
        elif isinstance(content, conversation.AssistantContent):
            parts: list[types.Part] = []
            if content.content:
                parts.append(types.Part.from_text(text=content.content))
            for call in content.tool_calls or []:
                parts.append(types.Part.from_function_call(name=call.tool_name, args=call.tool_args))
            contents.append(types.Content(role="model", parts=parts))
        elif isinstance(content, conversation.ToolResultContent):
            contents.append(
                types.Content(
                    role="user",
                    parts=[types.Part.from_function_response(name=content.tool_name, response=content.tool_result)],
                )
            )
    return contents


class GoogleAgent(BaseAgent):
    provider = "google"

    def _config(self, chat_log: conversation.ChatLog) -> types.GenerateContentConfig:
        return types.GenerateContentConfig(
            system_instruction=chat_log.content[0].content,
            temperature=self.temperature,
            max_output_tokens=self.max_tokens,
            tools=_tool_declarations(chat_log),
            safety_settings=SAFETY_OFF,
            automatic_function_calling=types.AutomaticFunctionCallingConfig(disable=True),
        )

    async def generate(
        self, chat_log: conversation.ChatLog
    ) -> AsyncGenerator[conversation.AssistantContentDeltaDict]:
        try:
            stream = await self.client.aio.models.generate_content_stream(
                model=self.model,
                contents=_to_contents(chat_log),
                config=self._config(chat_log),
            )
        except (APIError, ValueError) as err:
            raise HomeAssistantError(f"Sorry, I had a problem talking to Google: {err}") from err

        yield {"role": "assistant"}
        tool_calls: list[llm.ToolInput] = []
        async for chunk in stream:
            if not chunk.candidates or not chunk.candidates[0].content:
                continue
            for part in chunk.candidates[0].content.parts or []:
                if part.text:
                    yield {"content": part.text}
                if part.function_call:
                    tool_calls.append(
                        llm.ToolInput(tool_name=part.function_call.name, tool_args=dict(part.function_call.args or {}))
                    )
        if tool_calls:
            yield {"tool_calls": tool_calls}

    async def async_followup(self, history: list[dict[str, Any]], question: str) -> str:
        """Chat-session based follow-up used by the 'continue conversation' option.

        Older path from before we moved to chat_log; kept for the satellite firmware that
        still sends raw history.
        """
        chat = self.client.aio.chats.create(
            model=self.model,
            history=[types.Content(role=h["role"], parts=[types.Part.from_text(text=h["text"])]) for h in history],
            config=types.GenerateContentConfig(max_output_tokens=self.max_tokens),
        )
        try:
            response = await chat.send_message(question)
        except ClientError as err:
            raise HomeAssistantError(str(err)) from err
        return response.text or ""
