"""Summary tab: one-click dataset summary, run as an extended task."""
from __future__ import annotations

from shiny import module, reactive, render, req, ui

from config import get_settings
from services.clients import get_mistral_client
from services.summarizer import DataSummarizer
from utils.formatting import money
from services.costs import estimate_cost

LANGUAGES = {"en": "English", "fr": "French", "de": "German", "es": "Spanish"}


@module.ui
def summary_ui():
    return ui.layout_sidebar(
        ui.sidebar(
            ui.input_select("audience", "Audience", ["analyst", "executive", "engineer"]),
            ui.input_select("lang", "Language", LANGUAGES),
            ui.input_task_button("go", "Summarize"),
            ui.input_action_button("notes", "Describe columns", class_="btn-outline-secondary"),
            ui.output_text("cost"),
        ),
        ui.card(ui.card_header("Summary"), ui.output_ui("summary_md")),
        ui.card(ui.card_header("Column notes"), ui.output_data_frame("notes_table")),
    )


@module.server
def summary_server(input, output, session, dataset, summarizer: DataSummarizer):
    mistral = get_mistral_client()

    async def _translate(text: str, lang: str) -> str:
        if lang == "en":
            return text
        resp = await mistral.chat.complete_async(
            model=get_settings().mistral_model,
            messages=[
                {"role": "system", "content": f"Translate to {LANGUAGES[lang]}. Keep markdown and numbers."},
                {"role": "user", "content": text},
            ],
        )
        return resp.choices[0].message.content

    @ui.bind_task_button(button_id="go")
    @reactive.extended_task
    async def summary_task(df, name, audience, lang):
        summary = await summarizer.summarize(df, name, audience)
        summary.text = await _translate(summary.text, lang)
        return summary

    @reactive.effect
    @reactive.event(input.go)
    def _start():
        ds = dataset()
        req(ds)
        summary_task.invoke(ds.df, ds.name, input.audience(), input.lang())

    @render.ui
    def summary_md():
        s = summary_task.result()
        return ui.markdown(s.text)

    @render.text
    def cost():
        if summary_task.status() != "success":
            return ""
        s = summary_task.result()
        return f"~{money(estimate_cost(s.model, s.input_tokens, s.output_tokens))} ({s.model})"

    @reactive.extended_task
    async def notes_task(df):
        return await summarizer.column_notes(df)

    @reactive.effect
    @reactive.event(input.notes)
    def _start_notes():
        ds = dataset()
        req(ds)
        notes_task.invoke(ds.df)

    @render.data_frame
    def notes_table():
        import pandas as pd

        notes = notes_task.result()
        return render.DataTable(pd.DataFrame({"column": list(notes), "note": list(notes.values())}))
