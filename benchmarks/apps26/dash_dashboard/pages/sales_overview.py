"""Sales overview: KPIs, trend and category mix, with an AI headline."""
from __future__ import annotations

import asyncio
import datetime as dt

import dash
import dash_bootstrap_components as dbc
import pandas as pd
import plotly.express as px
from dash import Input, Output, State, callback, dcc, html
from dash.exceptions import PreventUpdate

from ai import get_anthropic_client, get_bundle
from ai.prompts import INSIGHT_SYSTEM, insight_prompt
from components import insight_card, usage_badge
from config import get_settings
from data import get_warehouse
from services.llm_usage_tracker import llm_tracker

dash.register_page(__name__, path="/sales", name="Sales", order=1)
MODELS = get_settings().models


def layout(**_query):
    today = dt.date.today()
    regions = get_warehouse().stores()["region"].dropna().unique().tolist()
    return html.Div(
        [
            dbc.Row(
                [
                    dbc.Col(
                        dcc.DatePickerRange(
                            id="sales-dates",
                            start_date=today - dt.timedelta(days=90),
                            end_date=today,
                        ),
                        md="auto",
                    ),
                    dbc.Col(
                        dcc.Dropdown(
                            id="sales-region",
                            options=[{"label": r, "value": r} for r in sorted(regions)],
                            placeholder="All regions",
                        ),
                        md=3,
                    ),
                    dbc.Col(dbc.Button("Headline", id="sales-headline-btn", n_clicks=0), md="auto"),
                    dbc.Col(
                        dbc.Button("Anomaly note", id="sales-anomaly-btn", n_clicks=0, outline=True),
                        md="auto",
                    ),
                    dbc.Col(
                        dbc.Button("Region notes", id="region-notes-btn", n_clicks=0, outline=True),
                        md="auto",
                    ),
                ],
                className="g-2 mb-3",
            ),
            dcc.Store(id="sales-data-store"),
            dbc.Row(
                [
                    dbc.Col(dcc.Graph(id="sales-trend"), md=8),
                    dbc.Col(insight_card("sales-headline", "Headline"), md=4),
                ]
            ),
            dbc.Row(
                [
                    dbc.Col(dcc.Graph(id="sales-mix"), md=6),
                    dbc.Col(html.Div(id="sales-anomaly"), md=3),
                    dbc.Col(dcc.Loading(html.Div(id="region-notes")), md=3),
                ]
            ),
        ]
    )


@callback(
    Output("sales-data-store", "data"),
    Input("sales-dates", "start_date"),
    Input("sales-dates", "end_date"),
    Input("sales-region", "value"),
)
def load_sales(start, end, region):
    if not start or not end:
        raise PreventUpdate
    wh = get_warehouse()
    start_d, end_d = dt.date.fromisoformat(start[:10]), dt.date.fromisoformat(end[:10])
    daily = wh.daily_sales(start_d, end_d, region)
    mix = wh.category_mix(start_d, end_d)
    return {
        "daily": daily.to_dict("records"),
        "mix": mix.to_dict("records"),
        "filters": {"start": start, "end": end, "region": region},
    }


@callback(Output("sales-trend", "figure"), Output("sales-mix", "figure"), Input("sales-data-store", "data"))
def draw(data):
    if not data:
        raise PreventUpdate
    daily = pd.DataFrame(data["daily"])
    mix = pd.DataFrame(data["mix"])
    trend = px.line(daily, x="sale_date", y="net_sales", color="region", title="Net sales by day")
    trend.update_layout(margin=dict(l=10, r=10, t=40, b=10), legend_title_text="")
    bars = px.bar(mix, x="category", y="net_sales", color="margin_pct", title="Category mix")
    return trend, bars


@callback(
    Output("sales-headline", "children"),
    Output("sales-headline-meta", "children"),
    Input("sales-headline-btn", "n_clicks"),
    State("sales-data-store", "data"),
    prevent_initial_call=True,
)
def headline(n_clicks, data):
    if not data:
        raise PreventUpdate
    bundle = get_bundle()
    resp = bundle.openai.chat.completions.create(
        model=MODELS.openai_chat,
        messages=[
            {"role": "system", "content": INSIGHT_SYSTEM},
            {
                "role": "user",
                "content": insight_prompt(
                    "Give me the one-line headline for this period, then 3 supporting bullets.",
                    data["daily"],
                    data["filters"],
                ),
            },
        ],
        temperature=0.3,
    )
    meta = usage_badge(resp.model, resp.usage.prompt_tokens, resp.usage.completion_tokens)
    return resp.choices[0].message.content, meta


async def _tracked_anomaly_note(records: list[dict], filters: dict) -> str:
    client = get_anthropic_client()
    async with llm_tracker.track_llm_call(
        provider="anthropic", model=MODELS.anthropic_fast, feature_context="sales_anomaly_note"
    ) as usage_log:
        msg = client.messages.create(
            model=MODELS.anthropic_fast,
            max_tokens=300,
            system=INSIGHT_SYSTEM,
            messages=[
                {
                    "role": "user",
                    "content": insight_prompt("Which days look anomalous and why?", records, filters),
                }
            ],
        )
        usage_log.input_tokens = msg.usage.input_tokens
        usage_log.output_tokens = msg.usage.output_tokens
    return msg.content[0].text


@callback(
    Output("sales-anomaly", "children"),
    Input("sales-anomaly-btn", "n_clicks"),
    State("sales-data-store", "data"),
    prevent_initial_call=True,
)
def anomaly_note(n_clicks, data):
    if not data:
        raise PreventUpdate
    text = asyncio.run(_tracked_anomaly_note(data["daily"], data["filters"]))
    return dbc.Alert(dcc.Markdown(text), color="info")
