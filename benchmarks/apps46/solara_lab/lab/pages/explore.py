"""Explore page: preview + summary + per-column notes."""
from __future__ import annotations

import solara
import solara.lab

from lab import state
from lab.backend.clients import get_openai_client
from lab.backend.summarizer import column_notes, profile, summarise_dataset
from lab.components import DatasetTable

summary_text = solara.reactive("")
notes = solara.reactive({})
column_story = solara.reactive("")
focus_column = solara.reactive("")


@solara.lab.task
def explain_column():
    """Stream a short narrative about one column (feature flag: explore_column_story)."""
    df = state.current_df()
    col = focus_column.value
    if df is None or col not in df.columns:
        return
    column_story.value = ""
    desc = df[col].describe().to_string()
    with get_openai_client().responses.stream(
        model="gpt-4o-mini",
        input=f"Column `{col}` of a dataset.\nStats:\n{desc}\nContext:\n{profile(df, max_cols=10)}\n"
              "Explain what this column likely means and anything odd about it in 4 sentences.",
    ) as stream:
        for event in stream:
            if event.type == "response.output_text.delta":
                column_story.value += event.delta


@solara.lab.task
async def run_summary(deep: bool = False):
    df = state.current_df()
    if df is None:
        return
    summary_text.value = await summarise_dataset(df, state.selected_dataset.value, deep=deep)


@solara.component
def Page():
    df = state.current_df()
    deep, set_deep = solara.use_state(False)
    notes_result = solara.use_thread(
        lambda: column_notes(df) if df is not None else {}, dependencies=[state.selected_dataset.value]
    )

    solara.Title("Explore")
    DatasetTable(df, title=state.selected_dataset.value)
    QualityPanel()
    with solara.Row():
        solara.Checkbox(label="Deep summary (slower)", value=deep, on_value=set_deep)
        solara.Button("Summarise", on_click=lambda: run_summary(deep), disabled=df is None)
    solara.ProgressLinear(run_summary.pending)
    if summary_text.value:
        solara.Markdown(summary_text.value)
    if df is not None:
        with solara.Row():
            solara.Select("Column", values=list(df.columns), value=focus_column)
            solara.Button("Tell me about it", on_click=explain_column, disabled=not focus_column.value)
        if column_story.value:
            solara.Markdown(column_story.value)
    if notes_result.state == solara.ResultState.FINISHED and notes_result.value:
        with solara.Details("Column notes"):
            for col, note in notes_result.value.items():
                solara.Markdown(f"**{col}** — {note}")


@solara.component
def QualityPanel():
    from lab.backend.datasets import issues_frame, quality_report

    df = state.current_df()
    if df is None:
        return
    issues = solara.use_memo(lambda: quality_report(df), [state.selected_dataset.value])
    with solara.Details(f"Data quality ({len(issues)} issues)"):
        if issues:
            solara.DataFrame(issues_frame(issues))
        else:
            solara.Success("No issues found.")
