"""Widget callbacks for one session.

One ``DashboardCallbacks`` instance per document.  Anything that talks to a model
is pushed to the worker pool via :func:`workers.run_in_background`.
"""
from __future__ import annotations

import logging
from functools import partial

import pandas as pd
from bokeh.models import ColumnDataSource

from analysis import explain, prompts, summarize
from analysis.cost import format_cost
from analysis.registry import get_backend
from analysis.state import CLIENTS, SESSIONS, get_executor
from analysis.tracked import explain_chart_tracked, summarize_tracked
from config import settings
from data.sources import MetricSource
from ui.widgets import Controls, set_busy
from workers import run_in_background, threadsafe_setter

log = logging.getLogger(__name__)


class DashboardCallbacks:
    def __init__(self, doc, controls: Controls, source: ColumnDataSource, metrics: MetricSource, session_id: str):
        self.doc = doc
        self.c = controls
        self.source = source
        self.metrics = metrics
        self.session_id = session_id
        self.history: list[dict] = []
        self.selection: tuple | None = None

    # ---- wiring -------------------------------------------------------
    def attach(self) -> None:
        self.c.explain.on_click(self.on_explain)
        self.c.summarize.on_click(self.on_summarize)
        self.c.ask.on_click(self.on_ask)
        self.c.provider.on_change("value", self.on_provider_change)
        self.c.service.on_change("value", self.on_series_change)
        self.c.metric.on_change("value", self.on_series_change)
        self.c.hours.on_change("value", self.on_series_change)
        self.source.selected.on_change("indices", self.on_selection)

    # ---- helpers ------------------------------------------------------
    @property
    def frame(self) -> pd.DataFrame:
        return pd.DataFrame(self.source.data)

    @property
    def title(self) -> str:
        return f"{self.c.service.value} · {self.c.metric.value}"

    def _show(self, text: str) -> None:
        self.c.narrative.text = text.replace("\n", "<br>")
        set_busy(self.c, False, "")

    def _fail(self, exc: Exception) -> None:
        self.c.narrative.text = f"<span style='color:#b00'>Model call failed: {exc}</span>"
        set_busy(self.c, False, "error")

    # ---- data ---------------------------------------------------------
    def on_series_change(self, attr, old, new) -> None:
        df = self.metrics.fetch(self.c.service.value, self.c.metric.value, int(self.c.hours.value))
        self.source.data = {col: df[col].values for col in df.columns}
        self.selection = None

    def on_selection(self, attr, old, new) -> None:
        if not new:
            self.selection = None
            return
        ts = self.source.data["ts"]
        self.selection = (ts[min(new)], ts[max(new)])

    def on_provider_change(self, attr, old, new) -> None:
        info = SESSIONS.get(self.session_id)
        if info:
            info.provider = new
        self.c.status.text = f"model: {new}"
        if new == "Claude" and len(self.frame) > 2000:
            # warn before the user burns tokens on a huge frame
            n = summarize.summary_token_estimate(self.c.service.value, self.frame)
            self.c.status.text = f"model: {new} (~{n} input tokens for a summary)"

    # ---- model-backed -------------------------------------------------
    def on_explain(self) -> None:
        set_busy(self.c, True, "explaining…")
        provider = self.c.provider.value
        df, title, metric = self.frame, self.title, self.c.metric.value

        if settings.use_tracked_service and provider == "OpenAI":
            self.doc.add_next_tick_callback(partial(self._explain_tracked, title, metric, df))
            return

        if provider == "OpenAI" and 0 in self.c.stream_toggle.active:
            setter = threadsafe_setter(self.doc, self.c.narrative, "text")
            run_in_background(
                self.doc, explain.stream_explanation, title, metric, df, setter,
                on_done=self._show, on_error=self._fail,
            )
            return

        if provider == "OpenAI":
            run_in_background(
                self.doc, explain.explain_chart_openai, CLIENTS.openai, title, metric, df, self.selection,
                on_done=self._show_explanation, on_error=self._fail,
            )
        elif provider == "Llama (Fireworks)":
            run_in_background(
                self.doc, explain.explain_chart_fireworks, title, metric, df, self.selection,
                on_done=self._show_explanation, on_error=self._fail,
            )
        else:
            backend = get_backend(provider)
            prompt = prompts.chart_explanation_prompt(title, metric, df, self.selection)
            run_in_background(self.doc, backend, prompt, prompts.SYSTEM_EXPLAINER, on_done=self._show, on_error=self._fail)

    async def _explain_tracked(self, title, metric, df) -> None:
        try:
            text = await explain_chart_tracked(title, metric, df, self.selection)
        except Exception as exc:  # noqa: BLE001
            self._fail(exc)
            return
        self._show(text)

    def _show_explanation(self, result: explain.Explanation) -> None:
        self._show(result.text)
        if result.input_tokens:
            self.c.cost.text = format_cost(result.model, result.input_tokens, result.output_tokens)
        info = SESSIONS.get(self.session_id)
        if info:
            info.explanations += 1

    def on_summarize(self) -> None:
        set_busy(self.c, True, "summarising…")
        df, service = self.frame, self.c.service.value
        provider = self.c.provider.value
        if settings.use_tracked_service and provider not in ("Claude", "Mistral"):
            self.doc.add_next_tick_callback(partial(self._summarize_tracked, service, df))
        elif provider == "Mistral":
            run_in_background(self.doc, summarize.summarize_with_mistral, service, df, on_done=self._show, on_error=self._fail)
        else:
            run_in_background(self.doc, summarize.summarize_with_claude, service, df, on_done=self._show, on_error=self._fail)

    async def _summarize_tracked(self, service, df) -> None:
        self._show(await summarize_tracked(service, df))

    def on_ask(self) -> None:
        question = (self.c.question.value or "").strip()
        if not question:
            return
        set_busy(self.c, True, "thinking…")
        if not self.history:
            self.history = prompts.as_chat(
                prompts.SYSTEM_EXPLAINER,
                prompts.chart_explanation_prompt(self.title, self.c.metric.value, self.frame),
            )
        self.history.append({"role": "user", "content": question})
        future = get_executor().submit(
            CLIENTS.openai.chat.completions.create,
            model=settings.openai_model,
            messages=list(self.history),
            max_tokens=250,
        )
        future.add_done_callback(lambda f: self.doc.add_next_tick_callback(partial(self._answer_done, f)))

    def _answer_done(self, fut) -> None:
        try:
            resp = fut.result()
        except Exception as exc:  # noqa: BLE001
            self._fail(exc)
            return
        answer = resp.choices[0].message.content or ""
        self.history.append({"role": "assistant", "content": answer})
        self._show(answer)
        self.c.question.value = ""
