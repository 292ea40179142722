"""Chart builder + explanations."""
from __future__ import annotations

import plotly.express as px
import solara
import solara.lab

from lab import state
from lab.backend import chart_explainer
from lab.backend.clients import async_fireworks_client
from lab.components import ChartCard

KINDS = ["line", "bar", "scatter", "histogram", "box"]

live_text = solara.reactive("")
suggested = solara.reactive([])


@solara.lab.task
async def suggest_charts():
    df = state.current_df()
    if df is None:
        return
    client = async_fireworks_client()
    resp = await client.chat.completions.create(
        model="accounts/fireworks/models/llama-v3p1-70b-instruct",
        messages=[
            {"role": "system", "content": "Suggest 3 charts as lines of `kind|x|y|title`. Kinds: " + ",".join(KINDS)},
            {"role": "user", "content": "\n".join(f"{c}: {t}" for c, t in df.dtypes.astype(str).items())},
        ],
        max_tokens=200,
    )
    lines = (resp.choices[0].message.content or "").splitlines()
    suggested.value = [l.split("|") for l in lines if l.count("|") == 3]


def _build(df, kind, x, y, title):
    fn = {"line": px.line, "bar": px.bar, "scatter": px.scatter, "histogram": px.histogram, "box": px.box}[kind]
    return fn(df, x=x, y=y if kind != "histogram" else None, title=title)


@solara.component
def LiveExplanation(fig, df, title):
    def stream():
        live_text.value = ""
        for piece in chart_explainer.stream_explanation(fig, df, title):
            live_text.value += piece

    res = solara.use_thread(stream, dependencies=[title])
    if res.state == solara.ResultState.RUNNING:
        solara.ProgressLinear(True)
    solara.Markdown(live_text.value or "_waiting for model…_")


@solara.component
def Page():
    df = state.current_df()
    kind, set_kind = solara.use_state("line")
    x, set_x = solara.use_state("")
    y, set_y = solara.use_state("")
    live, set_live = solara.use_state(False)

    solara.Title("Charts")
    if df is None:
        solara.Info("Pick a dataset in the sidebar first.")
        return
    cols = list(df.columns)
    with solara.Row():
        solara.Select("Kind", values=KINDS, value=kind, on_value=set_kind)
        solara.Select("X", values=cols, value=x or cols[0], on_value=set_x)
        solara.Select("Y", values=cols, value=y or cols[-1], on_value=set_y)
        solara.Button("Suggest charts", on_click=suggest_charts)
        solara.Switch(label="Live explanation", value=live, on_value=set_live)
    title = f"{y or cols[-1]} by {x or cols[0]}"
    fig = solara.use_memo(lambda: _build(df, kind, x or cols[0], y or cols[-1], title), [kind, x, y, title])
    ChartCard(fig, df, title)
    if live:
        LiveExplanation(fig, df, title)
    for k, sx, sy, st in suggested.value:
        if k in KINDS and sx in cols and sy in cols:
            ChartCard(_build(df, k, sx, sy, st), df, st)
