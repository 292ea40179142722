"""Entry point: ``python main.py`` (or ``taipy run main.py``)."""
from __future__ import annotations

import logging
import os

import pandas as pd
import taipy as tp
from taipy.gui import Gui, State, notify

import config.config  # noqa: F401  (registers data nodes / tasks / scenarios)
import pages.chat as chat_module
from pages import pages
from algos.legacy_summarize import fetch_status_page
from pages.chat import is_flagged
from utils.jobs import jobs

logging.basicConfig(level=os.environ.get("LOG_LEVEL", "INFO"))

# globals visible to every page
llm_status = "LLM: ok"
dataset = pd.DataFrame()
doc_index: dict = {}


def on_init(state: State):
    scenarios = tp.get_scenarios()
    docs = [s for s in scenarios if s.config_id == "documents"]
    if docs and docs[-1].embeddings.is_ready_for_reading:
        state.doc_index = docs[-1].embeddings.read()


def on_change(state: State, var_name: str, value):
    if var_name == "try_body" and value and len(value) > 20 and is_flagged(value):
        notify(state, "warning", "This text was flagged by moderation")
    if var_name == "dataset_path":
        state.llm_status = "LLM: dataset loaded"


def on_navigate(state: State, page_name: str) -> str:
    # the chat page is useless without a dataset or an index; send people to settings
    if page_name == "chat" and state.dataset.empty and not state.doc_index:
        notify(state, "info", "Load a dataset or run the documents scenario first")
        return "settings"
    return page_name


def refresh_status(state: State):
    """Bound to a 60 s timer in on_init (taipy has no cron in the GUI)."""
    try:
        indicator = fetch_status_page()["status"]["indicator"]
    except Exception:
        indicator = "unknown"
    running = len(jobs.running())
    state.llm_status = f"LLM: {indicator} | jobs running: {running}"


def on_exception(state: State, function_name: str, ex: Exception):
    state.llm_status = f"LLM: error in {function_name}"
    notify(state, "error", f"{function_name}: {ex}")


if __name__ == "__main__":
    orchestrator = tp.Orchestrator()
    orchestrator.run()
    gui = Gui(pages=pages, css_file="main.css")
    chat_module.gui = gui
    gui.run(title="Docs & Tickets Assistant", port=int(os.environ.get("PORT", 5000)), dark_mode=False, use_reloader=False)
