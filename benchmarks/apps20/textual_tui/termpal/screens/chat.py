"""Main chat screen."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from google.genai import types
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Footer, Header

from termpal.backends import Message
from termpal.services.multi_model_service import TaskComplexity, multi_model_service
from termpal.widgets.message_list import MessageList
from termpal.widgets.prompt_input import PromptInput
from termpal.widgets.token_meter import TokenMeter
from termpal.workers import upload_attachment

if TYPE_CHECKING:
    from termpal.app import TermpalApp


class ChatScreen(Screen):
    BINDINGS = [
        Binding("ctrl+r", "regenerate", "Regenerate"),
        Binding("ctrl+l", "clear", "Clear"),
        Binding("ctrl+o", "read_aloud", "Read aloud"),
        Binding("escape", "cancel", "Stop", show=False),
    ]

    app: "TermpalApp"

    def __init__(self) -> None:
        super().__init__()
        self.messages: list[Message] = []
        self._attachments: list[str] = []

    def compose(self) -> ComposeResult:
        yield Header()
        yield MessageList(id="log")
        yield TokenMeter()
        yield PromptInput()
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(PromptInput).focus()

    # -- helpers used by the command palette -----------------------------------
    def post_message_to_log(self, role: str, text: str) -> None:
        self.query_one(MessageList).add(role, text)

    def last_reply(self) -> str | None:
        for m in reversed(self.messages):
            if m.role == "assistant":
                return m.content
        return None

    # -- input -----------------------------------------------------------------
    @on(PromptInput.Submitted)
    def handle_submit(self, event: PromptInput.Submitted) -> None:
        text = event.value.strip()
        if not text:
            return
        if text.startswith("/attach "):
            self.attach(Path(text.removeprefix("/attach ").strip()).expanduser())
            return
        if self.app.conversation_id is None:
            conv = self.app.history.create(title=text[:40], provider=self.app.provider)
            self.app.conversation_id = conv.id
        self.messages.append(Message("user", text))
        self.app.history.append(self.app.conversation_id, "user", text)
        self.query_one(MessageList).add("user", text)
        self.query_one(TokenMeter).recount(self.messages)
        self.stream_reply()

    def action_cancel(self) -> None:
        self.workers.cancel_group(self, "chat")

    def action_clear(self) -> None:
        self.messages.clear()
        self.app.conversation_id = None
        self.query_one(MessageList).clear()

    # -- model calls -----------------------------------------------------------
    @work(exclusive=True, group="chat")
    async def stream_reply(self) -> None:
        provider = self.app.provider
        model = self.app.settings.model_for(provider)
        system = self.app.settings.system_prompt
        view = self.query_one(MessageList).start_stream("assistant")
        text = ""
        history = [m.as_dict() for m in self.messages]
        try:
            if provider == "openai":
                stream = await self.app.openai.chat.completions.create(
                    model=model,
                    messages=[{"role": "system", "content": system}, *history],
                    temperature=self.app.settings.temperature,
                    stream=True,
                    stream_options={"include_usage": True},
                )
                async for chunk in stream:
                    if chunk.choices and chunk.choices[0].delta.content:
                        text += chunk.choices[0].delta.content
                        view.update_text(text)
            elif provider == "anthropic":
                async with self.app.anthropic.messages.stream(
                    model=model,
                    system=system,
                    max_tokens=self.app.settings.max_tokens,
                    messages=history,
                ) as stream:
                    async for delta in stream.text_stream:
                        text += delta
                        view.update_text(text)
            elif provider == "google":
                contents = [
                    types.Content(
                        role="model" if m.role == "assistant" else "user",
                        parts=[types.Part.from_text(text=m.content)],
                    )
                    for m in self.messages
                ]
                async for chunk in await self.app.genai.aio.models.generate_content_stream(
                    model=model,
                    contents=contents,
                    config=types.GenerateContentConfig(system_instruction=system),
                ):
                    text += chunk.text or ""
                    view.update_text(text)
            elif provider == "groq":
                resp = await self.app.groq.chat.completions.create(
                    model=model,
                    messages=[{"role": "system", "content": system}, *history],
                    max_tokens=self.app.settings.max_tokens,
                )
                text = resp.choices[0].message.content or ""
                view.update_text(text)
            elif provider == "mistral" and self.app.mistral is not None:
                events = await self.app.mistral.chat.stream_async(
                    model=model,
                    messages=[{"role": "system", "content": system}, *history],
                )
                async for event in events:
                    text += event.data.choices[0].delta.content or ""
                    view.update_text(text)
            else:
                backend = self.app.backend(provider)
                async for piece in backend.stream(self.messages, system=system):
                    text += piece
                    view.update_text(text)
        except Exception as exc:
            self.notify(f"{provider}: {exc}", severity="error", timeout=8)
            return
        finally:
            view.finish()
        self.messages.append(Message("assistant", text))
        self.app.history.append(self.app.conversation_id, "assistant", text)
        self.query_one(TokenMeter).recount(self.messages)

    @work(exclusive=True, group="chat")
    async def action_regenerate(self) -> None:
        if len(self.messages) < 2 or self.messages[-1].role != "assistant":
            return
        self.messages.pop()
        last_user = self.messages[-1].content
        reply = await multi_model_service.generate_response(
            prompt=last_user,
            task_type="chat",
            complexity=TaskComplexity.AGENTIC,
            system=self.app.settings.system_prompt,
            history=[m.as_dict() for m in self.messages[:-1]],
        )
        self.messages.append(Message("assistant", reply))
        self.query_one(MessageList).add("assistant", reply)

    @work(group="audio")
    async def action_read_aloud(self) -> None:
        text = self.last_reply()
        if not text:
            return
        speech = await self.app.openai.audio.speech.create(
            model="gpt-4o-mini-tts",
            voice="alloy",
            input=text[:4000],
            response_format="mp3",
        )
        out = Path(tempfile.gettempdir()) / "termpal-reply.mp3"
        out.write_bytes(speech.content)
        self.notify(f"Saved audio to {out}")

    @work(group="upload")
    async def attach(self, path: Path) -> None:
        if not path.is_file():
            self.notify(f"No such file: {path}", severity="error")
            return
        file_id = await upload_attachment(self.app.openai, path)
        self._attachments.append(file_id)
        self.notify(f"Attached {path.name}")
