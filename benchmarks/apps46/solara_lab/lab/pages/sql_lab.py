"""SQL page: natural language -> SQL -> result table."""
from __future__ import annotations

import solara
import solara.lab

from lab import state
from lab.backend.sql_writer import explain_sql, quick_sql, writer_for
from lab.components import DatasetTable
from lab.config import get_settings

explanation = solara.reactive("")
error = solara.reactive("")


@solara.lab.task
def generate_sql():
    error.value = ""
    writer = writer_for(state.provider.value if state.provider.value != "anthropic" else "openai")
    if state.model.value:
        writer.model = state.model.value
    cat = state.catalog.value
    if get_settings().feature_flags.get("sql_autofix"):
        d = writer.draft_and_validate(state.sql_question.value, cat.schema(), cat.con)
    else:
        d = writer.draft(state.sql_question.value, cat.schema())
    if d.error:
        error.value = d.error
    state.sql_text.value = d.sql


@solara.lab.task
def explain_current():
    explanation.value = explain_sql(state.sql_text.value)


def run_query():
    try:
        state.sql_result.value = state.catalog.value.query(state.sql_text.value, limit=5000)
        error.value = ""
    except Exception as exc:  # noqa: BLE001
        error.value = str(exc)


@solara.component
def Page():
    solara.Title("SQL")
    suggestion = solara.use_memo(
        lambda: quick_sql(state.sql_question.value, state.catalog.value.schema())
        if len(state.sql_question.value) > 12 else "",
        [state.sql_question.value],
    )
    solara.InputText("Question", value=state.sql_question, continuous_update=False)
    if suggestion:
        solara.Text(f"Suggestion: {suggestion}", style={"opacity": 0.6})
    with solara.Row():
        solara.Button("Write SQL", on_click=generate_sql, disabled=not state.sql_question.value)
        solara.Button("Run", on_click=run_query, disabled=not state.sql_text.value)
        solara.Button("Explain", on_click=explain_current, disabled=not state.sql_text.value)
    solara.ProgressLinear(generate_sql.pending or explain_current.pending)
    solara.InputTextArea("SQL", value=state.sql_text, rows=8)
    if error.value:
        solara.Error(error.value)
    if explanation.value:
        solara.Markdown(explanation.value)
    DatasetTable(state.sql_result.value, title="Result")
