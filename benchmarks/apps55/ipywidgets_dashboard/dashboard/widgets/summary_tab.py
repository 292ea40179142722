"""Summary tab: streams an LLM summary of the selected dataframe."""
from __future__ import annotations

import asyncio

import ipywidgets as widgets

from dashboard.llm.prompts import SUMMARY_SYSTEM, summary_user_prompt
from dashboard.services.df_summarizer import profile


class SummaryTab:
    def __init__(self, state):
        self.state = state
        self.summarizer = state.services["summarizer"]
        self.dataset_dd = widgets.Dropdown(description="Dataset")
        self.engine = widgets.ToggleButtons(options=["mistral", "openai-stream"], value="mistral")
        self.text = widgets.HTML(layout=widgets.Layout(min_height="200px"))
        self.profile_out = widgets.Output()
        self.dataset_dd.observe(self._on_change, names="value")
        self.engine.observe(self._on_change, names="value")
        self.widget = widgets.VBox([widgets.HBox([self.dataset_dd, self.engine]), self.text, self.profile_out])

    def refresh(self):
        self.dataset_dd.options = list(self.state.loader.datasets)
        if self.state.current_dataset:
            self.dataset_dd.value = self.state.current_dataset

    def _on_change(self, change):
        name = self.dataset_dd.value
        if not name:
            return
        ds = self.state.loader.datasets[name]
        self.text.value = ""
        if self.engine.value == "mistral":
            self.summarizer.summarize_streaming(ds.df, self._append, name=name)
        else:
            loop = asyncio.get_event_loop()
            loop.create_task(self._stream_openai(ds.df, name))

    def _append(self, delta: str):
        self.text.value += delta.replace("\n", "<br>")

    async def _stream_openai(self, df, name):
        stream = await self.state.aopenai.chat.completions.create(
            model=self.state.config.models.openai_chat,
            messages=[
                {"role": "system", "content": SUMMARY_SYSTEM},
                {"role": "user", "content": summary_user_prompt(profile(df), name)},
            ],
            stream=True,
        )
        async for chunk in stream:
            if chunk.choices and chunk.choices[0].delta.content:
                self._append(chunk.choices[0].delta.content)
