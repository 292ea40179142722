"""Full-screen Textual interface (`termcoder tui`)."""

import asyncio
from pathlib import Path
from typing import List, Optional

from rich.markdown import Markdown
from rich.text import Text
from textual import work
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.reactive import reactive
from textual.widgets import Footer, Header, Static, TextArea

from ..coders import Coder
from ..history import ChatSummary
from ..logging_setup import get_logger
from ..providers import sendchat
from ..providers.clients import (
    get_async_anthropic_client,
    get_async_openai_client,
    get_openai_client,
)
from ..providers.gemini import asend_gemini
from ..utils import split_system
from .screens import ExplainSelectionScreen, ModelPickerScreen

log = get_logger(__name__)


class MessageView(Static):
    DEFAULT_CSS = """
    MessageView { padding: 0 1; margin: 0 0 1 0; }
    MessageView.user { background: $boost; }
    MessageView.assistant { }
    MessageView.tool { color: $text-muted; }
    """

    def __init__(self, role: str, text: str = "", **kwargs):
        super().__init__(**kwargs)
        self.role = role
        self.text = text
        self.add_class(role)

    def render(self):
        if self.role == "assistant":
            return Markdown(self.text or "…")
        return Text(self.text)

    def append(self, chunk: str) -> None:
        self.text += chunk
        self.refresh(layout=True)


class StatusBar(Static):
    model_name: reactive[str] = reactive("")
    tokens_sent: reactive[int] = reactive(0)
    tokens_received: reactive[int] = reactive(0)
    cost: reactive[float] = reactive(0.0)
    busy: reactive[bool] = reactive(False)

    def render(self):
        spinner = "● " if self.busy else ""
        return Text(
            f"{spinner}{self.model_name}  ↑{self.tokens_sent:,} ↓{self.tokens_received:,}  ${self.cost:.4f}"
        )


class PromptInput(TextArea):
    BINDINGS = [("ctrl+j", "submit", "Send")]

    class Submitted(TextArea.Changed):
        pass

    def action_submit(self) -> None:
        self.post_message(self.Submitted(self))

    def take(self) -> Optional[str]:
        text = self.text.strip()
        self.clear()
        return text or None


class TermcoderApp(App):
    TITLE = "termcoder"
    CSS = """
    #chat { height: 1fr; }
    PromptInput { height: 6; }
    """
    BINDINGS = [
        Binding("ctrl+m", "pick_model", "Model"),
        Binding("ctrl+e", "explain", "Explain"),
        Binding("ctrl+r", "voice", "Voice"),
        Binding("ctrl+l", "clear", "Clear"),
        Binding("ctrl+q", "quit", "Quit"),
    ]

    def __init__(self, coder: Coder, voice_file: Optional[Path] = None):
        super().__init__()
        self.coder = coder
        self.voice_file = voice_file
        self.summarizer = ChatSummary([coder.main_model.weak_model, coder.main_model])
        self._anthropic = None
        self._openai = None

    def compose(self) -> ComposeResult:
        yield Header()
        yield VerticalScroll(id="chat")
        yield PromptInput(id="prompt")
        yield StatusBar(id="status")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(StatusBar).model_name = self.coder.main_model.name
        if self.coder.main_model.vendor == "anthropic":
            self._anthropic = get_async_anthropic_client()
        self._openai = get_openai_client() if self.voice_file else None
        self.query_one(PromptInput).focus()

    # ---- chat ----------------------------------------------------------------------

    def _add(self, role: str, text: str = "") -> MessageView:
        view = MessageView(role, text)
        chat = self.query_one("#chat", VerticalScroll)
        chat.mount(view)
        chat.scroll_end(animate=False)
        return view

    async def on_prompt_input_submitted(self, event: PromptInput.Submitted) -> None:
        text = self.query_one(PromptInput).take()
        if text:
            self._add("user", text)
            self.send_message(text)

    @work(exclusive=True)
    async def send_message(self, text: str) -> None:
        status = self.query_one(StatusBar)
        status.busy = True
        view = self._add("assistant")
        self.coder.cur_messages.append({"role": "user", "content": text})
        messages = self.coder.format_messages()
        model = self.coder.main_model
        try:
            if model.vendor == "anthropic":
                reply_text = await self._stream_anthropic(messages, view)
            elif model.vendor == "openai" and not model.settings.reasoning_effort:
                reply_text = await self._stream_openai(messages, view)
            elif model.vendor == "gemini":
                reply = await asend_gemini(model, messages)
                view.append(reply.text)
                reply_text = reply.text
            else:
                reply = await asyncio.to_thread(sendchat.send_completion, model, messages)
                view.append(reply.text)
                reply_text = reply.text
        except Exception as err:
            log.exception("send failed")
            self._add("tool", f"Error: {err}")
            self.coder.cur_messages.pop()
            return
        finally:
            status.busy = False

        self.coder.partial_response_content = reply_text
        self.coder.cur_messages.append({"role": "assistant", "content": reply_text})
        edited = await asyncio.to_thread(self.coder.apply_updates)
        if edited:
            self._add("tool", f"Applied edits to {edited}")
        self.coder.done_messages += self.coder.cur_messages
        self.coder.cur_messages = []
        await self._maybe_summarize()

    async def _stream_anthropic(self, messages: List[dict], view: MessageView) -> str:
        model = self.coder.main_model
        system, rest = split_system(messages)
        async with self._anthropic.messages.stream(
            model=model.name,
            max_tokens=model.max_tokens,
            system=system,
            messages=rest,
        ) as stream:
            async for chunk in stream.text_stream:
                view.append(chunk)
            final = await stream.get_final_message()
        self._count(final.usage.input_tokens, final.usage.output_tokens)
        return "".join(b.text for b in final.content if b.type == "text")

    async def _stream_openai(self, messages: List[dict], view: MessageView) -> str:
        client = get_async_openai_client()
        stream = await client.chat.completions.create(
            model=self.coder.main_model.name,
            messages=messages,
            stream=True,
            stream_options={"include_usage": True},
        )
        parts = []
        async for chunk in stream:
            if chunk.usage:
                self._count(chunk.usage.prompt_tokens, chunk.usage.completion_tokens)
            if chunk.choices and chunk.choices[0].delta.content:
                parts.append(chunk.choices[0].delta.content)
                view.append(chunk.choices[0].delta.content)
        return "".join(parts)

    def _count(self, sent: int, received: int) -> None:
        status = self.query_one(StatusBar)
        status.tokens_sent += sent
        status.tokens_received += received

    async def _maybe_summarize(self) -> None:
        if not self.summarizer.too_big(self.coder.done_messages):
            return
        head = self.coder.done_messages[:-2]
        tail = self.coder.done_messages[-2:]
        summary = await self.summarizer.asummarize_all(head)
        if summary:
            self.coder.done_messages = summary + tail

    # ---- actions -----------------------------------------------------------------------

    def action_pick_model(self) -> None:
        def switched(name: Optional[str]) -> None:
            if not name:
                return
            from ..models import Model

            self.coder = Coder.create(main_model=Model(name), from_coder=self.coder)
            self.query_one(StatusBar).model_name = name
            self._anthropic = get_async_anthropic_client() if self.coder.main_model.vendor == "anthropic" else None

        self.push_screen(ModelPickerScreen(), switched)

    def action_explain(self) -> None:
        prompt = self.query_one(PromptInput)
        selection = prompt.selected_text or prompt.text
        if selection.strip():
            self.push_screen(ExplainSelectionScreen(selection))

    def action_clear(self) -> None:
        self.coder.done_messages = []
        self.query_one("#chat", VerticalScroll).remove_children()

    @work(exclusive=True, group="voice")
    async def action_voice(self) -> None:
        if not self._openai or not self.voice_file or not self.voice_file.exists():
            self.notify("No recording found; start one with the mic button first.", severity="warning")
            return
        with self.voice_file.open("rb") as fh:
            result = await asyncio.to_thread(
                self._openai.audio.transcriptions.create,
                model="whisper-1",
                file=fh,
            )
        self.query_one(PromptInput).insert(result.text)
