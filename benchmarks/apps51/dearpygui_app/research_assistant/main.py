"""Entry point: builds the Dear PyGui UI and runs the render loop."""
from __future__ import annotations

import logging
import queue

import dearpygui.dearpygui as dpg

from research_assistant import __version__
from research_assistant.providers import get_openai_client
from research_assistant.services.chat_service import ChatSession
from research_assistant.services.notes_index import NotesIndex
from research_assistant.state import state
from research_assistant.notes_store import NotesStore
from research_assistant.themes import create_dark_theme, create_light_theme, load_fonts
from research_assistant.themes import create_error_text_theme
from research_assistant.ui import (
    build_chat_window,
    build_notes_window,
    build_pdf_window,
    build_settings_window,
    build_translate_window,
)
from research_assistant.ui.chat_window import build_export_dialog, register_shortcuts
from research_assistant.ui.notes_window import build_notes_toolbar, render_hits
from research_assistant.ui.settings_window import build_problems_panel
from research_assistant.ui.widgets import append_log, status
from research_assistant.workers import worker

log = logging.getLogger("research_assistant")


def handle_result(kind: str, payload) -> None:
    if kind == "chat_delta":
        append_log("chat_log", payload)
    elif kind == "chat":
        status(f"{payload['provider']} replied")
    elif kind == "summary":
        state.last_summary = payload["summary"]
        dpg.set_value("pdf_summary", payload["summary"])
        dpg.set_value("pdf_progress", 1.0)
    elif kind == "tldr":
        dpg.set_value("pdf_summary", payload)
    elif kind == "questions":
        dpg.set_value("pdf_summary", dpg.get_value("pdf_summary") + "\n\nQuestions:\n- " + "\n- ".join(payload))
    elif kind == "keywords":
        status(", ".join(payload))
    elif kind == "progress":
        dpg.set_value("pdf_progress", payload)
    elif kind == "search":
        state.search_hits = payload
        render_hits(payload)
    elif kind == "notes_answer":
        dpg.set_value("note_body", payload)
    elif kind == "translation":
        dpg.set_value("tr_output", payload)
    elif kind == "detected":
        dpg.set_value("tr_detected", f"detected: {payload}")
    elif kind == "title":
        dpg.set_viewport_title(f"Research Assistant \u2014 {payload}")
    elif kind == "reindexed":
        status(f"indexed {payload} notes")
    elif kind == "uploaded":
        status(f"uploaded as {payload}")
    elif kind == "error":
        status(payload, error=True)


def drain_results() -> None:
    while True:
        try:
            kind, payload = state.results.get_nowait()
        except queue.Empty:
            break
        try:
            handle_result(kind, payload)
        except Exception:  # noqa: BLE001
            log.exception("failed to handle %s", kind)
    dpg.configure_item("busy_indicator", show=state.busy)


def build_menu() -> None:
    with dpg.viewport_menu_bar():
        with dpg.menu(label="File"):
            dpg.add_menu_item(label="Open PDF\u2026", callback=lambda: dpg.show_item("pdf_dialog"))
            dpg.add_menu_item(label="Export chat\u2026", callback=lambda: dpg.show_item("chat_export_dialog"))
            dpg.add_menu_item(label="Settings", callback=lambda: dpg.show_item("win_settings"))
            dpg.add_menu_item(label="Quit", callback=lambda: dpg.stop_dearpygui())
        with dpg.menu(label="View"):
            dpg.add_menu_item(label="Dark", callback=lambda: dpg.bind_theme("theme_dark"))
            dpg.add_menu_item(label="Light", callback=lambda: dpg.bind_theme("theme_light"))
        dpg.add_loading_indicator(tag="busy_indicator", style=1, radius=1.2, show=False)
        dpg.add_text("", tag="status_text")


def main() -> None:
    logging.basicConfig(level=logging.INFO)
    dpg.create_context()
    font = load_fonts(state.settings.font_size)
    if font:
        dpg.bind_font(font)
    create_dark_theme()
    create_light_theme()
    create_error_text_theme()
    dpg.bind_theme("theme_dark" if state.settings.theme == "dark" else "theme_light")

    store = NotesStore(state.settings.notes_db)
    index = NotesIndex(store)
    state.chat_backend = get_openai_client()

    build_menu()
    build_chat_window(index=index, session_factory=lambda: ChatSession(dpg.get_value("chat_provider")))
    build_pdf_window()
    build_notes_window(index)
    build_notes_toolbar(index)
    index.load_cached()
    build_translate_window()
    build_settings_window()
    build_problems_panel()
    build_export_dialog()
    register_shortcuts()

    dpg.create_viewport(title=f"Research Assistant {__version__}", width=1240, height=1020)
    dpg.setup_dearpygui()
    dpg.show_viewport()
    worker.start()
    while dpg.is_dearpygui_running():
        drain_results()
        dpg.render_dearpygui_frame()
    worker.stop()
    store.close()
    dpg.destroy_context()


if __name__ == "__main__":
    main()
