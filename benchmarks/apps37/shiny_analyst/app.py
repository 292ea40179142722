"""Analyst Assistant: a Shiny app for asking questions about uploaded data.

Run locally with ``shiny run --reload app.py``.
"""
from __future__ import annotations

import logging

from shiny import App, reactive, render, ui

import services
from config import get_settings
from modules import (
    ask_server, ask_ui,
    charts_server, charts_ui,
    chat_panel_server, chat_panel_ui,
    compare_server, compare_ui,
    research_server, research_ui,
    settings_server, settings_ui,
    summary_server, summary_ui,
    upload_server, upload_ui,
)
from services.chart_advisor import ChartAdvisor
from services.clients import warm_clients
from services.code_assistant import CodeAssistant
from services.data_loader import DatasetStore
from services.summarizer import DataSummarizer

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
log = logging.getLogger("analyst")

warm_clients()

app_ui = ui.page_navbar(
    ui.nav_panel("Data", upload_ui("upload")),
    ui.nav_panel(
        "Ask",
        ui.layout_columns(ask_ui("ask"), chat_panel_ui("chat"), col_widths=[7, 5]),
    ),
    ui.nav_panel("Summary", summary_ui("summary")),
    ui.nav_panel("Charts", charts_ui("charts")),
    ui.nav_panel("Research", research_ui("research")),
    ui.nav_panel("Compare", compare_ui("compare")),
    ui.nav_spacer(),
    ui.nav_menu(
        "More",
        ui.nav_panel("Settings", settings_ui("settings")),
        ui.nav_control(ui.a("Docs", href="https://wiki.internal/analyst-assistant", target="_blank")),
    ),
    title=ui.tags.span("Analyst Assistant", ui.output_text("dataset_badge", inline=True)),
    id="nav",
    fillable=True,
)


def server(input, output, session):
    settings = get_settings()
    store = DatasetStore()

    clients = {
        "openai": services.get_async_openai_client(),
        "claude": services.get_anthropic_client(),
        "gemini": services.get_genai_client(),
    }

    dataset = upload_server("upload", store=store)
    chat = chat_panel_server("chat", dataset=dataset, claude=clients["claude"])
    ask_server(
        "ask",
        dataset=dataset,
        assistant=CodeAssistant(clients["claude"], model=settings.claude_model),
        clients=clients,
    )
    summary_server(
        "summary",
        dataset=dataset,
        summarizer=DataSummarizer(clients["openai"], model=settings.summary_model),
    )
    charts_server("charts", dataset=dataset, advisor=ChartAdvisor(clients["gemini"]))
    research_server("research", dataset=dataset)
    compare_server("compare", dataset=dataset)
    settings_server("settings")

    dataset_topic = reactive.value("")

    @reactive.effect
    def _guess_topic():
        ds = dataset()
        if ds is None:
            return
        claude = services.get_sync_anthropic_client()
        msg = claude.messages.create(
            model="claude-3-5-haiku-latest",
            max_tokens=20,
            messages=[{
                "role": "user",
                "content": f"In at most 4 words, what is this dataset about? Columns: {list(ds.df.columns)[:40]}",
            }],
        )
        dataset_topic.set(msg.content[0].text.strip().strip("."))

    @render.text
    def dataset_badge():
        ds = dataset()
        if ds is None:
            return ""
        topic = dataset_topic()
        return f"  \u00b7 {ds.name} ({ds.shape_label})" + (f" \u2014 {topic}" if topic else "")

    @reactive.effect
    @reactive.event(input.nav)
    def _track_tab():
        log.info("session %s opened tab %s", session.id, input.nav())

    session.on_ended(lambda: log.info("session %s ended", session.id))


app = App(app_ui, server)
