"""Browse and re-run past prompts."""

from __future__ import annotations

import asyncio
import datetime as dt

import mesop as me

from studio.backends import get_anthropic_client, get_async_anthropic_client
from studio.components import page_frame
from studio.history_store import HistoryEntry, get_store
from studio.services.llm_usage_tracker import llm_tracker


@me.stateclass
class HistoryState:
    selected_id: str = ""
    diff_note: str = ""
    critique: str = ""


def _fmt(ts: float) -> str:
    return dt.datetime.fromtimestamp(ts).strftime("%Y-%m-%d %H:%M")


def on_select(e: me.ClickEvent):
    me.state(HistoryState).selected_id = e.key


def on_clear(e: me.ClickEvent):
    get_store().clear()


async def _critique_tracked(entry: HistoryEntry) -> str:
    client = get_async_anthropic_client()
    model = "claude-3-5-haiku-latest"
    async with llm_tracker.track_llm_call(
        provider="anthropic", model=model, feature_context="history_critique"
    ) as usage_log:
        msg = await client.messages.create(
            model=model,
            max_tokens=400,
            messages=[{
                "role": "user",
                "content": f"Critique this answer briefly.\n\nPrompt: {entry.prompt}\n\nAnswer: {entry.completion}",
            }],
        )
        usage_log.input_tokens = msg.usage.input_tokens
        usage_log.output_tokens = msg.usage.output_tokens
    return msg.content[0].text


def on_critique(e: me.ClickEvent):
    state = me.state(HistoryState)
    entry = next((h for h in get_store().list() if h.id == state.selected_id), None)
    if entry:
        state.critique = asyncio.run(_critique_tracked(entry))


def on_explain_diff(e: me.ClickEvent):
    """Compare the two most recent completions for the same prompt."""
    state = me.state(HistoryState)
    entries = get_store().list()
    target = next((h for h in entries if h.id == state.selected_id), None)
    if not target:
        return
    others = [h for h in entries if h.prompt == target.prompt and h.id != target.id]
    if not others:
        state.diff_note = "No other runs of this prompt."
        return
    msg = get_anthropic_client().messages.create(
        model="claude-3-5-haiku-latest",
        max_tokens=300,
        messages=[{
            "role": "user",
            "content": (
                "In two sentences, how do these answers differ?\n\n"
                f"A ({target.backend_key}): {target.completion}\n\n"
                f"B ({others[0].backend_key}): {others[0].completion}"
            ),
        }],
    )
    state.diff_note = msg.content[0].text


@me.page(path="/history", title="Prompt Studio · History")
def history_page():
    state = me.state(HistoryState)
    store = get_store()
    with page_frame("History"):
        me.button("Clear history", on_click=on_clear, type="stroked")
        for entry in store.list(limit=50):
            with me.box(
                key=entry.id,
                on_click=on_select,
                style=me.Style(
                    padding=me.Padding.all(8),
                    background="#e8f0fe" if entry.id == state.selected_id else "transparent",
                    cursor="pointer",
                ),
            ):
                me.text(f"{_fmt(entry.created_at)} · {entry.backend_key}", type="caption")
                me.text(entry.prompt[:140])
        if state.selected_id:
            me.markdown(store.completion(state.selected_id) or "")
            with me.box(style=me.Style(display="flex", gap=8)):
                me.button("Critique", on_click=on_critique)
                me.button("Explain diff vs. other runs", on_click=on_explain_diff)
            if state.critique:
                me.markdown(state.critique)
            if state.diff_note:
                me.text(state.diff_note)
