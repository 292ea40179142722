"""SQL assistant: question -> SQL (OpenAI structured output), SQL autocomplete
with Codestral FIM, and a quick 'fix my error' helper on Groq.
"""
from __future__ import annotations

import logging
import os

import dash
import dash_bootstrap_components as dbc
from dash import Input, Output, State, callback, dash_table, dcc, html, no_update
from dash.exceptions import PreventUpdate
from groq import Groq

from ai import get_bundle, get_mistral_client
from ai.sql_assistant import SqlSuggester, UnsafeSqlError, validate_sql
from config import get_settings
from data import get_warehouse
from data.schemas import TABLES, schema_ddl
from data.warehouse import SavedReport

dash.register_page(__name__, path="/sql", name="SQL assistant", order=4)
log = logging.getLogger(__name__)
MODELS = get_settings().models

# Added by the data-eng team before the ai/ package existed; kept separate because
# it uses a different Groq key with a higher rate limit.
_groq = Groq(api_key=os.environ.get("GROQ_SQL_API_KEY") or os.environ.get("GROQ_API_KEY"))


def layout(**_query):
    return html.Div(
        [
            dcc.Store(id="sql-last-suggestion"),
            dbc.Row(
                [
                    dbc.Col(
                        [
                            dbc.Input(id="sql-question", placeholder="Top 10 SKUs by margin in the West last month"),
                            dcc.Dropdown(
                                id="sql-tables",
                                options=[{"label": t, "value": t} for t in TABLES],
                                value=list(TABLES),
                                multi=True,
                                className="mt-2",
                            ),
                            dbc.ButtonGroup(
                                [
                                    dbc.Button("Suggest SQL", id="sql-suggest-btn"),
                                    dbc.Button("Complete", id="sql-complete-btn", outline=True),
                                    dbc.Button("Explain", id="sql-explain-btn", outline=True),
                                    dbc.Button("Run", id="sql-run-btn", color="success"),
                                    dbc.Button("Save", id="sql-save-btn", color="secondary"),
                                ],
                                className="mt-2",
                            ),
                        ],
                        md=5,
                    ),
                    dbc.Col(
                        [
                            dcc.Textarea(id="sql-editor", style={"width": "100%", "height": "220px",
                                                                 "fontFamily": "monospace"}),
                            html.Div(id="sql-explanation", className="text-muted small"),
                            html.Div(id="sql-status"),
                        ],
                        md=7,
                    ),
                ]
            ),
            html.Div(id="sql-results", className="mt-3"),
        ]
    )


@callback(
    Output("sql-editor", "value"),
    Output("sql-explanation", "children"),
    Output("sql-last-suggestion", "data"),
    Input("sql-suggest-btn", "n_clicks"),
    State("sql-question", "value"),
    State("sql-tables", "value"),
    prevent_initial_call=True,
)
def suggest(n_clicks, question, tables):
    if not question:
        raise PreventUpdate
    suggester = SqlSuggester(client=get_bundle().openai)
    suggestion = suggester.suggest(question, schema_ddl(tables))
    return suggestion.sql, suggestion.explanation, suggestion.model_dump()


@callback(
    Output("sql-editor", "value", allow_duplicate=True),
    Input("sql-complete-btn", "n_clicks"),
    State("sql-editor", "value"),
    prevent_initial_call=True,
)
def complete_sql(n_clicks, partial_sql):
    """Fill-in-the-middle: everything before the `--cursor` marker is the prefix."""
    if not partial_sql:
        raise PreventUpdate
    prefix, _, suffix = partial_sql.partition("--cursor")
    res = get_mistral_client().fim.complete(
        model=MODELS.codestral,
        prompt=f"-- DuckDB\n{schema_ddl()}\n\n{prefix}",
        suffix=suffix or None,
        max_tokens=200,
        temperature=0,
    )
    return prefix + (res.choices[0].message.content or "") + suffix


@callback(
    Output("sql-explanation", "children", allow_duplicate=True),
    Input("sql-explain-btn", "n_clicks"),
    State("sql-editor", "value"),
    prevent_initial_call=True,
)
def explain_sql(n_clicks, sql):
    if not sql:
        raise PreventUpdate
    return SqlSuggester(client=get_bundle().openai).explain_query(sql)


def _fix_hint(sql: str, error: str) -> str:
    completion = _groq.chat.completions.create(
        model=MODELS.groq,
        messages=[
            {"role": "system", "content": "You fix DuckDB SQL errors. Reply with one short sentence."},
            {"role": "user", "content": f"SQL:\n{sql}\n\nError:\n{error}"},
        ],
        max_tokens=120,
        temperature=0,
    )
    return completion.choices[0].message.content


@callback(
    Output("sql-results", "children"),
    Output("sql-status", "children"),
    Input("sql-run-btn", "n_clicks"),
    State("sql-editor", "value"),
    prevent_initial_call=True,
)
def run_sql(n_clicks, sql):
    if not sql:
        raise PreventUpdate
    try:
        safe_sql = validate_sql(sql)
        df = get_warehouse().query(safe_sql)
    except UnsafeSqlError as exc:
        return no_update, dbc.Alert(str(exc), color="danger")
    except Exception as exc:  # noqa: BLE001 - show DB errors to the user
        return no_update, dbc.Alert([html.Div(str(exc)[:400]), html.Em(_fix_hint(sql, str(exc)))], color="warning")
    table = dash_table.DataTable(
        data=df.head(500).to_dict("records"),
        columns=[{"name": c, "id": c} for c in df.columns],
        page_size=20,
        sort_action="native",
        style_table={"overflowX": "auto"},
    )
    return table, dbc.Alert(f"{len(df)} rows", color="light")


@callback(
    Output("sql-status", "children", allow_duplicate=True),
    Input("sql-save-btn", "n_clicks"),
    State("sql-editor", "value"),
    State("sql-question", "value"),
    prevent_initial_call=True,
)
def save_report(n_clicks, sql, question):
    if not sql:
        raise PreventUpdate
    report = SavedReport.create(get_warehouse().engine, name=question or "Untitled", sql=sql, owner="dashboard")
    return dbc.Alert(f"Saved '{report.name}'", color="success", duration=3000)
