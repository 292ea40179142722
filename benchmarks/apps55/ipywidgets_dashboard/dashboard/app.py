"""The Dashboard: composes the tabs and wires callbacks."""
from __future__ import annotations

import asyncio
import logging

import ipywidgets as widgets
from IPython.display import display

from dashboard.config import DashboardConfig
from dashboard.llm.registry import available_backends
from dashboard.services.multi_model_service import TaskComplexity, multi_model_service
from dashboard.state import AppState
from dashboard.widgets import ChartTab, ChatPanel, DataTab, ModelPicker, SQLTab, SummaryTab

log = logging.getLogger(__name__)


class Dashboard:
    def __init__(self, config: DashboardConfig | None = None):
        self.config = config or DashboardConfig.from_env()
        self.state = AppState(self.config)
        self.status = widgets.HTML(value="<i>ready</i>")
        self.log_out = widgets.Output(layout=widgets.Layout(max_height="160px", overflow="auto"))

        self.backend_dd = widgets.Dropdown(
            options=available_backends(), value=self.config.default_backend, description="Model"
        )
        self.backend_dd.observe(self._on_change, names="value")

        self.question = widgets.Text(placeholder="Ask about the data…", layout=widgets.Layout(width="60%"))
        self.run_btn = widgets.Button(description="Ask", button_style="primary", icon="question")
        self.insight_btn = widgets.Button(description="Quick insight", icon="lightbulb-o")
        self.answer_out = widgets.Output()
        self.run_btn.on_click(self._on_run)
        self.insight_btn.on_click(self._on_insight)
        self.question.on_submit(lambda _: self._on_run(self.run_btn))

        self.data_tab = DataTab(self.state, on_dataset_loaded=self._on_dataset_loaded)
        self.chart_tab = ChartTab(self.state)
        self.sql_tab = SQLTab(self.state)
        self.summary_tab = SummaryTab(self.state)
        self.model_picker = ModelPicker(self.state)

        children = [self.data_tab.widget, self.chart_tab.widget, self.sql_tab.widget, self.summary_tab.widget]
        titles = ["Data", "Charts", "SQL", "Summary"]
        if self.config.enable_chat_panel:
            self.chat = ChatPanel(client=self.state.anthropic, model=self.config.models.anthropic_chat,
                                  context=self.state.loader.context_summary)
            children.append(self.chat)
            titles.append("Chat")
        self.tabs = widgets.Tab(children=children, titles=titles)

        header = widgets.HBox([self.backend_dd, self.model_picker.widget, self.status])
        ask_row = widgets.HBox([self.question, self.run_btn, self.insight_btn])
        self.root = widgets.VBox([header, ask_row, self.answer_out, self.tabs, self.log_out])

    # -- callbacks --------------------------------------------------------
    def _on_change(self, change):
        self.state.config.default_backend = change["new"]
        self.state.services["sql"].backend_name = change["new"]
        self.status.value = f"backend: <b>{change['new']}</b>"

    def _on_run(self, _button):
        q = self.question.value.strip()
        if not q:
            return
        self.status.value = "<i>thinking…</i>"
        self.answer_out.clear_output()
        with self.answer_out:
            try:
                answer = self.state.services["qa"].answer(q, backend=self.backend_dd.value)
                display(widgets.HTML(f"<div style='white-space:pre-wrap'>{answer}</div>"))
            except Exception as exc:  # noqa: BLE001
                print(f"Error: {exc}")
        self.status.value = "<i>ready</i>"

    def _on_insight(self, _button):
        ds = self.state.dataset()
        if ds is None:
            self.status.value = "load a dataset first"
            return
        stats = ds.df.describe(include="all").to_string()[:6000]
        with self.answer_out:
            self.answer_out.clear_output()
            resp = self.state.openai.responses.create(
                model=self.config.models.openai_chat,
                input=f"Give me the single most interesting insight in these summary stats:\n{stats}",
                max_output_tokens=250,
            )
            print(resp.output_text)

    def _on_dataset_loaded(self, name: str):
        self.state.current_dataset = name
        self.chart_tab.refresh_columns()
        self.summary_tab.refresh()
        self.status.value = f"loaded <b>{name}</b>"
        asyncio.ensure_future(self._title_dataset(name))

    async def _title_dataset(self, name: str):
        ds = self.state.dataset()
        cols = ", ".join(map(str, ds.df.columns[:30]))
        title = await multi_model_service.generate_response(
            prompt=f"Give a 4-word human title for a dataset named {name} with columns: {cols}",
            task_type="dataset_title",
            complexity=TaskComplexity.SIMPLE,
        )
        self.status.value = f"loaded <b>{name}</b> — {title.strip()}"

    def show(self):
        display(self.root)
        return self

    def _ipython_display_(self):
        display(self.root)
