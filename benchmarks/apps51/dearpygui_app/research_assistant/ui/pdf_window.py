"""PDF summary pane."""
from __future__ import annotations

import dearpygui.dearpygui as dpg

from research_assistant.services.summarizer import read_pdf
from research_assistant.state import state
from research_assistant.ui.widgets import status
from research_assistant.workers import worker
from research_assistant.workers.jobs import (
    keywords_job,
    suggest_questions_job,
    summarise_job,
    tldr_job,
    upload_pdf_job,
)


def on_file_chosen(sender, app_data, user_data):
    path = app_data["file_path_name"]
    state.current_pdf = path
    pages = read_pdf(path)
    state.current_pdf_text = "\n\n".join(p.text for p in pages)
    dpg.set_value("pdf_path", path)
    dpg.set_value("pdf_info", f"{len(pages)} pages, {len(state.current_pdf_text):,} chars")
    if path not in state.settings.recent_pdfs:
        state.settings.recent_pdfs.insert(0, path)
        del state.settings.recent_pdfs[10:]


def on_summarise(sender, app_data, user_data):
    if not state.current_pdf:
        status("choose a PDF first", error=True)
        return
    dpg.set_value("pdf_progress", 0.0)
    worker.submit("summary", summarise_job, state.current_pdf)


def on_tldr(sender, app_data, user_data):
    if state.current_pdf_text:
        worker.submit("tldr", tldr_job, state.current_pdf_text)


def on_questions(sender, app_data, user_data):
    if state.last_summary:
        worker.submit("questions", suggest_questions_job, state.last_summary)


def on_keywords(sender, app_data, user_data):
    worker.submit("keywords", keywords_job, state.current_pdf_text)


def on_upload(sender, app_data, user_data):
    if state.current_pdf:
        worker.submit("uploaded", upload_pdf_job, state.current_pdf)


def build_pdf_window() -> None:
    with dpg.file_dialog(
        directory_selector=False, show=False, callback=on_file_chosen, tag="pdf_dialog", width=600, height=400
    ):
        dpg.add_file_extension(".pdf")
    with dpg.window(tag="win_pdf", label="PDF", width=560, height=560, pos=(660, 30)):
        with dpg.group(horizontal=True):
            dpg.add_button(label="Open\u2026", callback=lambda: dpg.show_item("pdf_dialog"))
            dpg.add_input_text(tag="pdf_path", readonly=True, width=-1)
        dpg.add_text("", tag="pdf_info")
        with dpg.group(horizontal=True):
            dpg.add_button(label="Summarise", callback=on_summarise)
            dpg.add_button(label="TL;DR", callback=on_tldr)
            dpg.add_button(label="Questions", callback=on_questions)
            dpg.add_button(label="Keywords", callback=on_keywords)
            dpg.add_button(label="Upload", callback=on_upload)
        dpg.add_progress_bar(tag="pdf_progress", width=-1)
        dpg.add_input_text(tag="pdf_summary", multiline=True, readonly=True, width=-1, height=-1)


def on_open_recent(sender, app_data, user_data):
    on_file_chosen(sender, {"file_path_name": user_data}, None)


def rebuild_recent_menu() -> None:
    if not dpg.does_item_exist("menu_recent"):
        return
    dpg.delete_item("menu_recent", children_only=True)
    for path in state.settings.recent_pdfs:
        dpg.add_menu_item(label=path, parent="menu_recent", callback=on_open_recent, user_data=path)


def on_copy_summary(sender, app_data, user_data):
    dpg.set_clipboard_text(dpg.get_value("pdf_summary"))
    status("summary copied")


def on_save_report(sender, app_data, user_data):
    from research_assistant.utils import ReportBuilder

    if not state.last_summary:
        return
    title = (state.current_pdf or "report").rsplit("/", 1)[-1]
    report = ReportBuilder.create(title, state.last_summary, [h["body"] for h in state.search_hits])
    out = (state.current_pdf or "report") + ".summary.md"
    with open(out, "w", encoding="utf-8") as fh:
        fh.write(report.generate())
    status(f"saved {out}")
