"""Chat pane."""
from __future__ import annotations

import dearpygui.dearpygui as dpg

from research_assistant.providers import provider_names
from research_assistant.state import state
from research_assistant.ui.widgets import append_log, confirm, status
from research_assistant.workers import worker
from research_assistant.workers.jobs import chat_job


def on_send(sender, app_data, user_data):
    text = dpg.get_value("chat_input").strip()
    if not text or state.busy:
        return
    provider = dpg.get_value("chat_provider")
    use_notes = dpg.get_value("chat_use_notes")
    context = ""
    if use_notes and user_data and user_data.get("index") is not None:
        hits = user_data["index"].search(text, k=4, rerank=False)
        context = "\n---\n".join(h["body"] for h in hits)
    dpg.set_value("chat_input", "")
    append_log("chat_log", f"\n\nYou: {text}\n{provider}: ")
    status(f"asking {provider}\u2026")
    worker.submit("chat", chat_job, provider, text, context)


def _do_clear() -> None:
    state.reset_chat()
    dpg.set_value("chat_log", "")


def on_clear(sender, app_data, user_data):
    if len(state.history) > 6:
        confirm("Clear chat", "Discard the current conversation?", _do_clear)
    else:
        _do_clear()


def on_retitle(sender, app_data, user_data):
    session = user_data["session_factory"]()
    worker.submit("title", session.retitle)


def build_chat_window(index=None, session_factory=None) -> None:
    with dpg.window(tag="win_chat", label="Chat", width=640, height=560, pos=(10, 30)):
        with dpg.group(horizontal=True):
            dpg.add_combo(
                provider_names(),
                tag="chat_provider",
                default_value=state.settings.default_provider,
                width=140,
            )
            dpg.add_checkbox(label="use notes", tag="chat_use_notes")
            dpg.add_button(label="Clear", callback=on_clear)
            dpg.add_button(label="Title", callback=on_retitle, user_data={"session_factory": session_factory})
        dpg.add_input_text(tag="chat_log", multiline=True, readonly=True, width=-1, height=-70, tracked=True, track_offset=1.0)
        with dpg.group(horizontal=True):
            dpg.add_input_text(tag="chat_input", width=-80, on_enter=True, callback=on_send, user_data={"index": index})
            dpg.add_button(label="Send", callback=on_send, user_data={"index": index})


def on_export(sender, app_data, user_data):
    from research_assistant.state import history_as_markdown

    path = app_data["file_path_name"]
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(history_as_markdown(state.history))
    status(f"exported chat to {path}")


def build_export_dialog() -> None:
    with dpg.file_dialog(directory_selector=False, show=False, callback=on_export, tag="chat_export_dialog",
                         width=600, height=400, default_filename="chat"):
        dpg.add_file_extension(".md")


def register_shortcuts() -> None:
    def _on_key(sender, app_data):
        if dpg.is_key_down(dpg.mvKey_Control) and app_data == dpg.mvKey_Return:
            on_send(None, None, dpg.get_item_user_data("chat_input"))
        elif dpg.is_key_down(dpg.mvKey_Control) and app_data == dpg.mvKey_L:
            on_clear(None, None, None)

    with dpg.handler_registry(tag="chat_shortcuts"):
        dpg.add_key_press_handler(callback=_on_key)
