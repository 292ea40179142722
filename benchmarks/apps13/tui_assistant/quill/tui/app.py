"""Full-screen Textual interface (``quill tui``).

Edits still run through the synchronous coders in a worker thread. Plain chat
(no edits) streams natively for Anthropic and Gemini so the UI stays responsive
and the response can be cancelled mid-stream; other providers use the coder path.
"""

from __future__ import annotations

import asyncio
import logging
from typing import List, Optional

from anthropic import AsyncAnthropic
from google.genai import types as genai_types
from textual import on, work
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Footer, Header, Input, Label, ListItem, ListView, Markdown, Static

from quill.config import get_settings
from quill.llm import litellm
from quill.models import Model, clients
from quill.models.registry import list_known
from quill.services.llm_usage_tracker import llm_tracker

log = logging.getLogger(__name__)

TITLE_PROMPT = "Write a 3-6 word title for a coding chat that starts with this message. Reply with the title only."


class ModelPicker(ModalScreen[Optional[str]]):
    BINDINGS = [Binding("escape", "dismiss_none", "Cancel")]

    def compose(self) -> ComposeResult:
        yield Label("Choose a model", id="picker-title")
        yield ListView(id="picker-list")

    def on_mount(self) -> None:
        self.load_models()

    @work(thread=True)
    def load_models(self) -> None:
        names = list_known()
        try:
            local = clients.ollama_client().list()
            names += [f"ollama/{m.model}" for m in local.models if m.model]
        except Exception:
            log.debug("ollama not reachable, skipping local models")
        if get_settings().openai_api_key:
            try:
                remote = clients.openai_client().models.list()
                names += sorted(m.id for m in remote if m.id.startswith(("gpt-", "o3", "o4")) and m.id not in names)
            except Exception as err:
                log.debug("could not list openai models: %s", err)
        self.app.call_from_thread(self._fill, names)

    def _fill(self, names: List[str]) -> None:
        view = self.query_one("#picker-list", ListView)
        for name in names:
            view.append(ListItem(Label(name), name=name))

    @on(ListView.Selected)
    def chosen(self, event: ListView.Selected) -> None:
        self.dismiss(event.item.name)

    def action_dismiss_none(self) -> None:
        self.dismiss(None)


class QuillApp(App):
    CSS = """
    #transcript { height: 1fr; padding: 0 1; }
    #prompt { dock: bottom; }
    #status { height: 1; color: $text-muted; }
    """
    BINDINGS = [
        Binding("ctrl+m", "pick_model", "Model"),
        Binding("ctrl+e", "explain_selection", "Explain"),
        Binding("escape", "cancel", "Stop", show=False),
        Binding("ctrl+c", "quit", "Quit"),
    ]

    def __init__(self, coder, **kwargs):
        super().__init__(**kwargs)
        self.coder = coder
        self.model: Model = coder.main_model
        self.history: List[dict] = []
        self._anthropic: Optional[AsyncAnthropic] = None
        self._titled = False

    def compose(self) -> ComposeResult:
        yield Header(show_clock=False)
        with VerticalScroll(id="transcript"):
            yield Static("", id="welcome")
        with Horizontal():
            yield Static(self._status_text(), id="status")
        yield Input(placeholder="Ask or /command…", id="prompt")
        yield Footer()

    def on_mount(self) -> None:
        settings = get_settings()
        if settings.anthropic_api_key:
            self._anthropic = AsyncAnthropic(api_key=settings.anthropic_api_key, max_retries=3)
        self.title = "quill"
        self.sub_title = self.model.name

    def _status_text(self) -> str:
        totals = llm_tracker.session_totals()
        return f"{self.model.name} · {totals['input_tokens'] + totals['output_tokens']} tok · ${totals['cost_usd']:.3f}"

    # --------------------------------------------------------------- input

    @on(Input.Submitted, "#prompt")
    async def submitted(self, event: Input.Submitted) -> None:
        text = event.value.strip()
        event.input.value = ""
        if not text:
            return
        transcript = self.query_one("#transcript", VerticalScroll)
        await transcript.mount(Markdown(f"**you:** {text}"))
        reply = Markdown("")
        await transcript.mount(reply)
        if not self._titled:
            self._titled = True
            self.make_title(text)
        if text.startswith("/code ") or self.coder.abs_fnames:
            self.run_coder(text.removeprefix("/code "), reply)
        else:
            self.stream_chat(text, reply)

    @work(exclusive=True, group="chat")
    async def stream_chat(self, text: str, reply: Markdown) -> None:
        self.history.append({"role": "user", "content": text})
        buffer = ""
        provider = self.model.provider
        try:
            if provider == "anthropic" and self._anthropic is not None:
                async with self._anthropic.messages.stream(
                    model=self.model.name,
                    max_tokens=self.model.settings.max_output_tokens,
                    messages=self.history,
                ) as stream:
                    async for delta in stream.text_stream:
                        buffer += delta
                        await reply.update(buffer)
            elif provider == "gemini":
                gclient = clients.gemini_client()
                contents = [
                    genai_types.Content(
                        role="model" if m["role"] == "assistant" else "user",
                        parts=[genai_types.Part.from_text(text=m["content"])],
                    )
                    for m in self.history
                ]
                async for chunk in await gclient.aio.models.generate_content_stream(
                    model=self.model.name,
                    contents=contents,
                ):
                    if chunk.text:
                        buffer += chunk.text
                        await reply.update(buffer)
            else:
                self.run_coder(text, reply)
                self.history.pop()
                return
        except asyncio.CancelledError:
            buffer += "\n\n_(stopped)_"
            await reply.update(buffer)
            raise
        self.history.append({"role": "assistant", "content": buffer})
        self.query_one("#status", Static).update(self._status_text())

    @work(exclusive=True, group="chat", thread=True)
    def run_coder(self, text: str, reply: Markdown) -> None:
        chunks: List[str] = []

        def on_chunk(chunk: str) -> None:
            chunks.append(chunk)
            self.call_from_thread(reply.update, "".join(chunks))

        self.coder.io.stream_output = on_chunk
        self.coder.run_one(text)

    @work(group="title")
    async def make_title(self, first_message: str) -> None:
        weak = self.model.weak_model
        try:
            response = await asyncio.to_thread(
                litellm.completion,
                model=weak.litellm_name,
                messages=[
                    {"role": "system", "content": TITLE_PROMPT},
                    {"role": "user", "content": first_message[:2000]},
                ],
                max_tokens=20,
                temperature=0,
            )
        except Exception as err:
            log.debug("title generation failed: %s", err)
            return
        title = (response.choices[0].message.content or "").strip().strip('"')
        if title:
            self.sub_title = f"{self.model.name} · {title}"

    # ------------------------------------------------------------- actions

    @work(group="explain")
    async def action_explain_selection(self) -> None:
        selection = self.screen.get_selected_text() if hasattr(self.screen, "get_selected_text") else None
        if not selection:
            self.notify("Select some text first", severity="warning")
            return
        aclient = clients.async_openai_client()
        async with llm_tracker.track_llm_call(
            provider="openai", model="gpt-4.1-mini", feature_context="tui_explain"
        ) as usage_log:
            completion = await aclient.chat.completions.create(
                model="gpt-4.1-mini",
                messages=[
                    {"role": "system", "content": "Explain this code or error briefly."},
                    {"role": "user", "content": selection},
                ],
            )
            usage_log.input_tokens = completion.usage.prompt_tokens
            usage_log.output_tokens = completion.usage.completion_tokens
        self.notify(completion.choices[0].message.content or "", timeout=30)
        self.query_one("#status", Static).update(self._status_text())

    def action_pick_model(self) -> None:
        def switch(name: Optional[str]) -> None:
            if not name:
                return
            self.model = Model(name)
            self.coder.main_model = self.model
            self.sub_title = self.model.name
            self.query_one("#status", Static).update(self._status_text())

        self.push_screen(ModelPicker(), switch)

    def action_cancel(self) -> None:
        self.workers.cancel_group(self, "chat")
