"""Notes pane: add notes, search them, ask a question over the hits."""
from __future__ import annotations

import dearpygui.dearpygui as dpg
import litellm

from research_assistant.services.notes_index import NotesIndex
from research_assistant.state import state
from research_assistant.ui.widgets import status, toast
from research_assistant.utils import truncate
from research_assistant.workers import worker


def on_add_note(sender, app_data, user_data: NotesIndex):
    title = dpg.get_value("note_title").strip() or "untitled"
    body = dpg.get_value("note_body").strip()
    if not body:
        return
    user_data.store.create(title, body)
    dpg.set_value("note_title", "")
    dpg.set_value("note_body", "")
    toast("note saved")
    worker.submit("reindexed", user_data.rebuild)


def on_search(sender, app_data, user_data: NotesIndex):
    query = dpg.get_value("note_query").strip()
    if query:
        worker.submit("search", user_data.search, query, 8)


def _answer_from_notes(question: str, hits: list[dict], model: str) -> str:
    context = "\n\n".join(f"[{h['id']}] {h['body']}" for h in hits)
    resp = litellm.completion(
        model=model,
        messages=[
            {"role": "system", "content": "Answer using only the notes. Cite note ids in brackets."},
            {"role": "user", "content": f"Notes:\n{context}\n\nQuestion: {question}"},
        ],
        max_tokens=500,
    )
    return resp.choices[0].message.content


def on_ask_notes(sender, app_data, user_data):
    question = dpg.get_value("note_query").strip()
    if not question or not state.search_hits:
        status("search first", error=True)
        return
    worker.submit("notes_answer", _answer_from_notes, question, state.search_hits, state.settings.litellm_model)


def render_hits(hits: list[dict]) -> None:
    dpg.delete_item("note_hits", children_only=True)
    for h in hits:
        dpg.add_text(f"{h['score']:.3f}  {truncate(h['body'], 120)}", parent="note_hits", wrap=500)


def build_notes_window(index: NotesIndex) -> None:
    with dpg.window(tag="win_notes", label="Notes", width=560, height=400, pos=(660, 600)):
        dpg.add_input_text(tag="note_title", hint="title", width=-1)
        dpg.add_input_text(tag="note_body", multiline=True, height=80, width=-1)
        dpg.add_button(label="Add note", callback=on_add_note, user_data=index)
        dpg.add_separator()
        with dpg.group(horizontal=True):
            dpg.add_input_text(tag="note_query", hint="search notes", width=-160)
            dpg.add_button(label="Search", callback=on_search, user_data=index)
            dpg.add_button(label="Ask", callback=on_ask_notes)
        dpg.add_child_window(tag="note_hits", height=-1)


def on_tag(sender, app_data, user_data: NotesIndex):
    tags = [t for t in dpg.get_value("note_tags").split(",") if t.strip()]
    hit_id = dpg.get_value("note_selected")
    if not tags or not hit_id:
        return
    user_data.store.tag(int(hit_id), *tags)
    status(f"tagged note {hit_id}: {', '.join(tags)}")


def on_filter_tag(sender, app_data, user_data: NotesIndex):
    tag = dpg.get_value("note_tag_filter").strip()
    notes = user_data.store.by_tag(tag) if tag else user_data.store.all_notes()
    render_hits([{"id": n.id, "score": 1.0, "body": f"{n.title}: {n.body}"} for n in notes])


def on_export_notes(sender, app_data, user_data: NotesIndex):
    path = app_data["file_path_name"]
    n = user_data.store.export_markdown(path)
    toast(f"exported {n} notes")


def build_notes_toolbar(index: NotesIndex) -> None:
    with dpg.file_dialog(directory_selector=False, show=False, callback=on_export_notes, user_data=index,
                         tag="notes_export_dialog", width=600, height=400, default_filename="notes"):
        dpg.add_file_extension(".md")
    with dpg.group(horizontal=True, parent="win_notes", before="note_hits"):
        dpg.add_input_int(tag="note_selected", width=80, step=0)
        dpg.add_input_text(tag="note_tags", hint="tags, comma separated", width=160)
        dpg.add_button(label="Tag", callback=on_tag, user_data=index)
        dpg.add_input_text(tag="note_tag_filter", hint="filter tag", width=100)
        dpg.add_button(label="Filter", callback=on_filter_tag, user_data=index)
        dpg.add_button(label="Export", callback=lambda: dpg.show_item("notes_export_dialog"))
