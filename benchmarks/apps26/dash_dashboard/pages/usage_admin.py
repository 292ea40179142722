"""Admin page: LLM usage from the tracker DB and which models each key can see."""
from __future__ import annotations

import logging

import dash
import dash_bootstrap_components as dbc
import pandas as pd
import plotly.express as px
from dash import Input, Output, callback, dash_table, dcc, html

from ai import get_anthropic_client, get_openai_client
from services.llm_usage_tracker import llm_tracker

dash.register_page(__name__, path="/admin/usage", name="LLM usage", order=99, hidden=True)
log = logging.getLogger(__name__)

# USD per 1M tokens (input, output). Update from the vendor pricing pages.
PRICES = {
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4.1": (2.00, 8.00),
    "claude-sonnet-4-20250514": (3.00, 15.00),
    "claude-3-5-haiku-latest": (0.80, 4.00),
    "gemini-2.5-flash": (0.30, 2.50),
    "mistral-large-latest": (2.00, 6.00),
}


def estimate_cost(model: str, input_tokens: int, output_tokens: int) -> float:
    price_in, price_out = PRICES.get(model, (0.0, 0.0))
    return (input_tokens * price_in + output_tokens * price_out) / 1_000_000


def layout(**_query):
    return html.Div(
        [
            dcc.Interval(id="usage-refresh", interval=60_000),
            dbc.Row([dbc.Col(dcc.Graph(id="usage-cost-graph"), md=8), dbc.Col(html.Div(id="usage-models"), md=4)]),
            html.Div(id="usage-table"),
        ]
    )


@callback(
    Output("usage-cost-graph", "figure"),
    Output("usage-table", "children"),
    Input("usage-refresh", "n_intervals"),
)
def refresh_usage(_n):
    df = pd.DataFrame(llm_tracker.recent(2000))
    if df.empty:
        return px.bar(title="No tracked usage yet"), html.Em("nothing logged")
    df["cost_usd"] = [
        estimate_cost(m, i, o) for m, i, o in zip(df["model"], df["input_tokens"], df["output_tokens"])
    ]
    df["day"] = pd.to_datetime(df["ts"], unit="s").dt.date
    by_day = df.groupby(["day", "feature_context"], as_index=False)["cost_usd"].sum()
    fig = px.bar(by_day, x="day", y="cost_usd", color="feature_context", title="Tracked LLM cost (USD)")
    table = dash_table.DataTable(
        data=df.head(200).to_dict("records"),
        columns=[{"name": c, "id": c} for c in ("ts", "provider", "model", "feature_context",
                                                 "input_tokens", "output_tokens", "cost_usd")],
        page_size=15,
    )
    return fig, table


@callback(Output("usage-models", "children"), Input("usage-refresh", "n_intervals"))
def list_models(_n):
    try:
        openai_models = sorted(m.id for m in get_openai_client().models.list() if m.id.startswith("gpt"))
        claude_models = [m.id for m in get_anthropic_client().models.list(limit=20)]
    except Exception as exc:  # noqa: BLE001
        log.warning("model listing failed: %s", exc)
        return dbc.Alert("Could not list models", color="warning")
    return html.Div(
        [
            html.H6("OpenAI"),
            html.Ul([html.Li(m) for m in openai_models[:15]]),
            html.H6("Anthropic"),
            html.Ul([html.Li(m) for m in claude_models]),
        ]
    )
