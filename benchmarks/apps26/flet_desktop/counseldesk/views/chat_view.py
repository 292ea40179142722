"""General assistant chat (OpenAI, streamed)."""
from __future__ import annotations

import logging

import flet as ft

from counseldesk.components import MessageBubble, UsageBadge
from counseldesk.services.redaction import redact
from counseldesk.utils.prompts import render_chat_system

log = logging.getLogger(__name__)


class ChatPanel(ft.Column):
    def __init__(self, page: ft.Page, openai_client, model: str = "gpt-4.1") -> None:
        super().__init__(expand=True, spacing=8)
        self._page = page
        self._client = openai_client
        self.model = model
        self.history: list[dict[str, str]] = []
        self.messages = ft.ListView(expand=True, spacing=6, auto_scroll=True)
        self.usage = UsageBadge()
        self.use_web = ft.Switch(label="Search the web", value=False)
        self.input = ft.TextField(
            hint_text="Ask about a clause, a deadline, a policy...",
            multiline=True,
            min_lines=1,
            max_lines=6,
            shift_enter=True,
            expand=True,
            on_submit=self.send_message,
        )
        self.send_button = ft.IconButton(ft.Icons.SEND, tooltip="Send", on_click=self.send_message)
        self.controls = [
            ft.Row([ft.Text("Assistant", style=ft.TextThemeStyle.TITLE_LARGE), self.usage, self.use_web]),
            self.messages,
            ft.Row([self.input, self.send_button]),
        ]

    def did_mount(self) -> None:
        for turn in self.page.data.history[-20:]:
            self.messages.controls.append(MessageBubble(turn["role"], turn["content"]))
        self.history = list(self.page.data.history)
        self.update()

    def _system_prompt(self) -> str:
        return render_chat_system(self.page.data.user_name, self.page.client_storage.get("counseldesk.practice_area"))

    async def send_message(self, e: ft.ControlEvent) -> None:
        text = (self.input.value or "").strip()
        if not text:
            return
        self.input.value = ""
        self.input.disabled = self.send_button.disabled = True
        self.messages.controls.append(MessageBubble("user", text))
        reply = MessageBubble("assistant", "")
        self.messages.controls.append(reply)
        self.update()

        self.history.append({"role": "user", "content": redact(text).text})
        try:
            if self.use_web.value:
                answer = await self._answer_with_web_search(text, reply)
            else:
                answer = await self._stream_answer(reply)
            self.history.append({"role": "assistant", "content": answer})
            self.page.data.history = self.history[-50:]
        except Exception as exc:  # noqa: BLE001
            log.exception("chat failed")
            reply.set_text(f"Something went wrong: {exc}")
        finally:
            self.input.disabled = self.send_button.disabled = False
            self.update()

    async def _stream_answer(self, bubble: MessageBubble) -> str:
        stream = await self._client.chat.completions.create(
            model=self.model,
            messages=[{"role": "system", "content": self._system_prompt()}, *self.history[-20:]],
            stream=True,
            stream_options={"include_usage": True},
        )
        parts: list[str] = []
        async for chunk in stream:
            if chunk.usage:
                self.usage.add(self.model, chunk.usage.prompt_tokens, chunk.usage.completion_tokens)
            if chunk.choices and chunk.choices[0].delta.content:
                parts.append(chunk.choices[0].delta.content)
                bubble.set_text("".join(parts))
                self.update()
        return "".join(parts)

    async def _answer_with_web_search(self, question: str, bubble: MessageBubble) -> str:
        async with self._client.responses.stream(
            model=self.model,
            instructions=self._system_prompt(),
            input=question,
            tools=[{"type": "web_search_preview"}],
        ) as stream:
            async for event in stream:
                if event.type == "response.output_text.delta":
                    bubble.append_text(event.delta)
                    self.update()
            final = await stream.get_final_response()
        self.usage.add(self.model, final.usage.input_tokens, final.usage.output_tokens)
        return final.output_text
