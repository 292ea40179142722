"""Class-based variant of the app (the direction we're refactoring toward).

Not everything from server.py has been ported yet: plot explanation and
the history panel still live there.
"""
from __future__ import annotations

import logging

from trame.app import asynchronous, get_server
from trame.ui.vuetify3 import SinglePageLayout
from trame.widgets import html, plotly, vuetify3

from assistant import llm
from assistant.config import get_settings
from assistant.data.loaders import Dataset, load_path, load_upload, list_local
from assistant.data.plots import PlotSpec, figures
from assistant.features.codegen import CodeWriter
from assistant.features.moderation import Moderator
from assistant.features.retrieval import build_index
from assistant.features.summarize import long_report, quick_summary
from assistant.features.qa import QuestionAnswerer
from assistant.llm.prompts import SYSTEM_ANALYST
from assistant.llm.streaming import stream_anthropic_message, stream_openai_chat

log = logging.getLogger(__name__)


class AnalysisApp:
    def __init__(self, server=None):
        self.server = get_server(server, client_type="vue3")
        self.state, self.ctrl = self.server.state, self.server.controller
        self.settings = get_settings()

        self.dataset: Dataset | None = None
        self.answerer = QuestionAnswerer()
        self.code_writer = CodeWriter(llm.get_anthropic_client(), model=self.settings.anthropic_model)
        self.moderator = Moderator(llm.get_openai_client(), enabled=self.settings.enable_moderation)
        self.aclient = llm.get_async_openai_client()
        self.async_claude = llm.get_async_anthropic_client()
        self.gemini = llm.get_genai_client()

        self._init_state()
        self._bind()
        self.ui = self._build_ui()

    # ------------------------------------------------------------------ state
    def _init_state(self):
        s = self.state
        s.trame__title = "Science Assistant"
        s.local_files = list_local(self.settings.data_dir)
        s.selected_file = None
        s.summary = ""
        s.code_task = ""
        s.code = ""
        s.code_error = ""
        s.chat_input = ""
        s.chat_output = ""
        s.streaming = False
        s.notes = ""
        s.stream_provider = "openai"

    def _bind(self):
        self.state.change("selected_file")(self.on_file_selected)
        self.state.change("upload")(self.on_upload)
        self.ctrl.add("summarize")(self.summarize)
        self.ctrl.add("report")(self.report)
        self.ctrl.add("write_code")(self.write_code)
        self.ctrl.add("chat")(self.chat)
        self.ctrl.add("index_notes")(self.index_notes)
        self.ctrl.add("name_columns")(self.name_columns)

    # --------------------------------------------------------------- handlers
    def _set_dataset(self, ds: Dataset):
        self.dataset = ds
        numeric = list(ds.frame.select_dtypes("number").columns)
        spec = PlotSpec(x=numeric[0] if numeric else None, y=numeric[1] if len(numeric) > 1 else None)
        self.ctrl.update_figure(figures.create(ds, spec))

    def on_file_selected(self, selected_file, **kwargs):
        if selected_file:
            self._set_dataset(load_path(f"{self.settings.data_dir}/{selected_file}"))

    def on_upload(self, upload, **kwargs):
        if upload:
            self._set_dataset(load_upload(upload))

    def summarize(self):
        if self.dataset is None:
            return
        asynchronous.create_task(self._summarize())

    async def _summarize(self):
        text = await quick_summary(self.dataset)
        with self.state:
            self.state.summary = text

    def report(self):
        if self.dataset is not None:
            self.state.summary = long_report(self.dataset)

    def write_code(self):
        task = self.state.code_task
        if self.dataset is None or not task:
            return
        verdict = self.moderator.check(task)
        if verdict.flagged:
            self.state.code_error = "Request blocked by moderation."
            return
        result = self.code_writer.write(self.dataset, task)
        self.state.code = result.source
        self.state.code_error = result.error or ""

    def index_notes(self):
        asynchronous.create_task(self._index_notes())

    async def _index_notes(self):
        self.answerer.index = await build_index(self.state.notes or "")
        with self.state:
            self.state.notes_indexed = len(self.answerer.index.chunks)

    def chat(self):
        if self.moderator.check(self.state.chat_input).flagged:
            self.state.chat_output = "Sorry, I can't help with that."
            return
        asynchronous.create_task(self._chat(self.state.chat_input))

    async def _push(self, delta: str):
        with self.state:
            self.state.chat_output += delta

    async def _chat(self, text: str):
        with self.state:
            self.state.chat_output = ""
            self.state.streaming = True
        messages = [{"role": "user", "content": text}]
        if self.state.stream_provider == "anthropic":
            await stream_anthropic_message(
                self.async_claude,
                model=self.settings.anthropic_model,
                system=SYSTEM_ANALYST,
                messages=messages,
                on_delta=self._push,
            )
        else:
            await stream_openai_chat(
                self.aclient,
                model=self.settings.openai_model,
                messages=[{"role": "system", "content": SYSTEM_ANALYST}, *messages],
                on_delta=self._push,
            )
        with self.state:
            self.state.streaming = False

    def name_columns(self):
        """Propose human-readable names for cryptic column headers."""
        if self.dataset is None:
            return
        cols = ", ".join(map(str, self.dataset.frame.columns[:50]))
        resp = self.gemini.models.generate_content(
            model=self.settings.gemini_model,
            contents=f"Propose readable names for these column headers, as 'old -> new' lines: {cols}",
        )
        self.state.column_names = resp.text

    # --------------------------------------------------------------------- ui
    def _build_ui(self):
        with SinglePageLayout(self.server, full_height=True) as layout:
            layout.title.set_text("Science Assistant (beta)")
            with layout.toolbar:
                vuetify3.VSpacer()
                vuetify3.VSelect(
                    v_model=("selected_file",),
                    items=("local_files",),
                    label="Local dataset",
                    density="compact",
                    hide_details=True,
                )
                vuetify3.VFileInput(v_model=("upload", None), density="compact", hide_details=True)
            with layout.content:
                with vuetify3.VContainer(fluid=True):
                    with vuetify3.VRow():
                        with vuetify3.VCol(cols=6):
                            fig = plotly.Figure()
                            self.ctrl.update_figure = fig.update
                            vuetify3.VBtn("Summarise", click=self.ctrl.summarize)
                            vuetify3.VBtn("Full report", click=self.ctrl.report, variant="text")
                            vuetify3.VBtn("Name columns", click=self.ctrl.name_columns, variant="text")
                            html.Pre("{{ summary }}", classes="text-body-2")
                        with vuetify3.VCol(cols=6):
                            with vuetify3.VTabs(v_model=("tab", "chat")):
                                vuetify3.VTab("Chat", value="chat")
                                vuetify3.VTab("Code", value="code")
                                vuetify3.VTab("Notes", value="notes")
                            with vuetify3.VWindow(v_model=("tab",)):
                                with vuetify3.VWindowItem(value="chat"):
                                    vuetify3.VRadioGroup(
                                        v_model=("stream_provider",),
                                        inline=True,
                                        children=None,
                                    )
                                    vuetify3.VTextField(v_model=("chat_input",), label="Message")
                                    vuetify3.VBtn("Send", click=self.ctrl.chat, loading=("streaming",))
                                    html.Div("{{ chat_output }}", style="white-space: pre-wrap")
                                with vuetify3.VWindowItem(value="code"):
                                    vuetify3.VTextField(v_model=("code_task",), label="What should the code do?")
                                    vuetify3.VBtn("Write code", click=self.ctrl.write_code)
                                    vuetify3.VAlert("{{ code_error }}", v_if="code_error", type="warning")
                                    html.Pre("{{ code }}", classes="code")
                                with vuetify3.VWindowItem(value="notes"):
                                    vuetify3.VTextarea(v_model=("notes",), label="Dataset notes", rows=8)
                                    vuetify3.VBtn("Index notes", click=self.ctrl.index_notes)
        return layout


def main(server=None, **kwargs):
    app = AnalysisApp(server)
    app.server.start(**kwargs)


if __name__ == "__main__":
    main()
