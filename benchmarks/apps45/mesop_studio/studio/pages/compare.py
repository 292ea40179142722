"""Side-by-side comparison of two backends, with an LLM judge."""

from __future__ import annotations

import asyncio
import logging
from concurrent.futures import ThreadPoolExecutor

import mesop as me

from studio.backends import get_backend, get_mistral_client, get_openai_client
from studio.components import model_picker, page_frame
from studio.evals.judge import PairwiseJudge
from studio.history_store import get_store
from studio.state import CompareState

log = logging.getLogger(__name__)

_pool = ThreadPoolExecutor(max_workers=4, thread_name_prefix="compare")


def _run(key: str, prompt: str) -> str:
    backend = get_backend(key)
    return backend.run([{"role": "user", "content": prompt}], temperature=0.2).text


def on_left(e: me.SelectSelectionChangeEvent):
    me.state(CompareState).left_key = e.value


def on_right(e: me.SelectSelectionChangeEvent):
    me.state(CompareState).right_key = e.value


def on_prompt(e: me.InputBlurEvent):
    me.state(CompareState).prompt = e.value


def on_compare(e: me.ClickEvent):
    state = me.state(CompareState)
    state.running = True
    state.left_output = state.right_output = state.judge_verdict = ""
    yield
    left = _pool.submit(_run, state.left_key, state.prompt)
    right = _pool.submit(_run, state.right_key, state.prompt)
    state.left_output = left.result()
    yield
    state.right_output = right.result()
    state.running = False
    for key, out in ((state.left_key, state.left_output), (state.right_key, state.right_output)):
        get_store().create(key, state.prompt, out, tags=["compare"])
    yield


def on_judge(e: me.ClickEvent):
    state = me.state(CompareState)
    if not (state.left_output and state.right_output):
        return
    verdict = PairwiseJudge().judge_both_orders(state.prompt, state.left_output, state.right_output)
    label = {"A": "Left wins", "B": "Right wins", "TIE": "Tie"}[verdict.winner]
    state.judge_verdict = f"**{label}** — {verdict.reasoning}"


async def on_quick_baselines(e: me.ClickEvent):
    """Fill both panes with the two cheap baselines, concurrently."""
    state = me.state(CompareState)
    state.running = True
    yield
    mistral = get_mistral_client()
    openai_client = get_openai_client()
    messages = [{"role": "user", "content": state.prompt}]

    mistral_task = mistral.chat.complete_async(model="mistral-small-latest", messages=messages)
    openai_task = asyncio.to_thread(
        openai_client.chat.completions.create,
        model="gpt-4o-mini",
        messages=messages,
    )
    m_res, o_res = await asyncio.gather(mistral_task, openai_task)
    state.left_key, state.right_key = "mistral:mistral-small-latest", "openai:gpt-4o-mini"
    state.left_output = m_res.choices[0].message.content
    state.right_output = o_res.choices[0].message.content
    state.running = False
    yield


@me.page(path="/compare", title="Prompt Studio · Compare")
def compare_page():
    state = me.state(CompareState)
    with page_frame("Compare models"):
        with me.box(style=me.Style(display="flex", gap=16)):
            model_picker(state.left_key, on_left, label="Left", key="left")
            model_picker(state.right_key, on_right, label="Right", key="right")
        me.textarea(label="Prompt", value=state.prompt, on_blur=on_prompt, rows=5,
                    style=me.Style(width="100%"))
        with me.box(style=me.Style(display="flex", gap=8)):
            me.button("Compare", on_click=on_compare, type="flat", disabled=state.running)
            me.button("Cheap baselines", on_click=on_quick_baselines, type="stroked")
            me.button("Judge", on_click=on_judge, type="stroked")
        if state.running:
            me.progress_spinner()
        with me.box(style=me.Style(display="grid", grid_template_columns="1fr 1fr", gap=16)):
            for title, out in (("Left", state.left_output), ("Right", state.right_output)):
                with me.box(style=me.Style(border=me.Border.all(me.BorderSide(width=1, color="#ddd")),
                                           padding=me.Padding.all(12), border_radius=8)):
                    me.text(title, type="subtitle-1")
                    me.markdown(out)
        if state.judge_verdict:
            me.markdown(state.judge_verdict)
