"""Research tab: pull outside context (news, definitions) about the dataset."""
from __future__ import annotations

import os

from openai import OpenAI
from shiny import module, reactive, render, req, ui

from services.web_research import research

_pplx_sync = OpenAI(
    api_key=os.environ.get("PPLX_API_KEY", ""),
    base_url="https://api.perplexity.ai",
)


@module.ui
def research_ui():
    return ui.layout_sidebar(
        ui.sidebar(
            ui.input_text("topic", "Topic", placeholder="e.g. EU energy prices 2024"),
            ui.input_task_button("search", "Research"),
            ui.input_action_button("define", "Define column names", class_="btn-outline-secondary"),
        ),
        ui.card(ui.card_header("Findings"), ui.output_ui("findings")),
        ui.card(ui.card_header("Glossary"), ui.output_ui("glossary")),
    )


@module.server
def research_server(input, output, session, dataset):
    @ui.bind_task_button(button_id="search")
    @reactive.extended_task
    async def research_task(topic, columns):
        return await research(topic, columns)

    @reactive.effect
    @reactive.event(input.search)
    def _go():
        req(input.topic())
        ds = dataset()
        research_task.invoke(input.topic(), [] if ds is None else list(ds.df.columns))

    @render.ui
    def findings():
        r = research_task.result()
        links = ui.tags.ol(*[ui.tags.li(ui.a(c, href=c, target="_blank")) for c in r.citations])
        return ui.TagList(ui.markdown(r.answer), links)

    @render.ui
    @reactive.event(input.define)
    def glossary():
        ds = dataset()
        req(ds)
        cols = ", ".join(map(str, ds.df.columns[:40]))
        # quick & synchronous on purpose: small request, Ryan wanted it inline
        resp = _pplx_sync.chat.completions.create(
            model="sonar",
            messages=[{"role": "user", "content": f"Give a one-line definition for each of these column names as used in industry datasets: {cols}"}],
        )
        return ui.markdown(resp.choices[0].message.content)
