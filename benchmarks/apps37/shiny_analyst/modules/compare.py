"""Compare tab: send the same question to several providers side by side."""
from __future__ import annotations

import asyncio
import time

import pandas as pd
from shiny import module, reactive, render, req, ui

from services import prompts
from services.registry import PROVIDERS, get_answerer


@module.ui
def compare_ui():
    return ui.page_fillable(
        ui.layout_columns(
            ui.input_text("q", "Question", width="100%"),
            ui.input_checkbox_group("providers", "Providers", list(PROVIDERS),
                                    selected=["Routed (tracked)", "Claude"], inline=True),
            ui.input_task_button("run", "Compare"),
            col_widths=[6, 4, 2],
        ),
        ui.output_data_frame("timings"),
        ui.output_ui("answers"),
    )


@module.server
def compare_server(input, output, session, dataset):
    @ui.bind_task_button(button_id="run")
    @reactive.extended_task
    async def compare_task(question: str, context: str, names: list[str]):
        async def one(name: str):
            answerer = get_answerer(name)
            started = time.perf_counter()
            try:
                text = await answerer(f"{context}\n\nQuestion: {question}", prompts.ANALYST_SYSTEM)
            except Exception as exc:  # noqa: BLE001
                text = f"_error: {exc}_"
            return name, text, time.perf_counter() - started

        return await asyncio.gather(*(one(n) for n in names))

    @reactive.effect
    @reactive.event(input.run)
    def _run():
        ds = dataset()
        req(ds, input.q(), input.providers())
        compare_task.invoke(input.q(), prompts.dataset_context(ds.df, ds.name), list(input.providers()))

    @render.data_frame
    def timings():
        rows = compare_task.result()
        return pd.DataFrame([{"provider": n, "seconds": round(t, 2), "chars": len(a)} for n, a, t in rows])

    @render.ui
    def answers():
        rows = compare_task.result()
        return ui.layout_columns(
            *[ui.card(ui.card_header(n), ui.markdown(a)) for n, a, _ in rows],
            col_widths=[12 // max(1, min(3, len(rows)))] * len(rows),
        )
