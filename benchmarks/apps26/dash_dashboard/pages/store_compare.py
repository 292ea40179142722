"""Side-by-side store KPIs with an AI comparison."""
from __future__ import annotations

import asyncio
import datetime as dt

import dash
import dash_bootstrap_components as dbc
import pandas as pd
from dash import Input, Output, State, callback, dash_table, dcc, html
from dash.exceptions import PreventUpdate

import ai
from ai.prompts import INSIGHT_SYSTEM, compare_prompt
from components import usage_badge
from config import get_settings
from data import get_warehouse
from services.multi_model_service import TaskComplexity, multi_model_service

dash.register_page(__name__, path="/stores", name="Store compare", order=5)
MODELS = get_settings().models


def layout(**_query):
    stores = get_warehouse().stores()
    return html.Div(
        [
            dcc.Store(id="stores-kpi-store"),
            dbc.Row(
                [
                    dbc.Col(
                        dcc.Dropdown(
                            id="stores-select",
                            options=[
                                {"label": f"{r.store_name} ({r.region})", "value": int(r.store_id)}
                                for r in stores.itertuples()
                            ],
                            multi=True,
                            placeholder="Pick 2-6 stores",
                        ),
                        md=6,
                    ),
                    dbc.Col(
                        dcc.RadioItems(
                            id="stores-period",
                            options=[{"label": f"{d} days", "value": d} for d in (7, 28, 91)],
                            value=28,
                            inline=True,
                        ),
                        md=3,
                    ),
                    dbc.Col(
                        dbc.ButtonGroup(
                            [
                                dbc.Button("Compare (Mistral)", id="stores-compare-btn"),
                                dbc.Button("Compare (gateway)", id="stores-compare-tracked-btn", outline=True),
                            ]
                        ),
                        md=3,
                    ),
                ],
                className="mb-3",
            ),
            html.Div(id="stores-table"),
            dcc.Loading(dcc.Markdown(id="stores-ai", className="mt-3")),
            html.Small(id="stores-ai-meta", className="text-muted"),
        ]
    )


@callback(
    Output("stores-kpi-store", "data"),
    Output("stores-table", "children"),
    Input("stores-select", "value"),
    Input("stores-period", "value"),
)
def load_kpis(store_ids, days):
    if not store_ids:
        raise PreventUpdate
    end = dt.date.today()
    df = get_warehouse().store_kpis(store_ids, end - dt.timedelta(days=days), end)
    df = df.round({"sales_per_sqft": 2, "avg_basket": 2})
    table = dash_table.DataTable(
        data=df.to_dict("records"),
        columns=[{"name": c.replace("_", " "), "id": c} for c in df.columns],
        style_table={"overflowX": "auto"},
    )
    return {"records": df.to_dict("records"), "days": days}, table


def _as_markdown(records: list[dict]) -> str:
    return pd.DataFrame(records).to_markdown(index=False)


async def _mistral_compare(prompt: str):
    client = ai.get_mistral_client()
    return await client.chat.complete_async(
        model=MODELS.mistral,
        messages=[
            {"role": "system", "content": INSIGHT_SYSTEM},
            {"role": "user", "content": prompt},
        ],
        max_tokens=700,
    )


@callback(
    Output("stores-ai", "children"),
    Output("stores-ai-meta", "children"),
    Input("stores-compare-btn", "n_clicks"),
    State("stores-kpi-store", "data"),
    prevent_initial_call=True,
)
def compare(n_clicks, kpis):
    if not kpis:
        raise PreventUpdate
    prompt = compare_prompt(f"last {kpis['days']} days", _as_markdown(kpis["records"]))
    res = asyncio.run(_mistral_compare(prompt))
    meta = usage_badge(res.model, res.usage.prompt_tokens, res.usage.completion_tokens)
    return res.choices[0].message.content, meta


@callback(
    Output("stores-ai", "children", allow_duplicate=True),
    Output("stores-ai-meta", "children", allow_duplicate=True),
    Input("stores-compare-tracked-btn", "n_clicks"),
    State("stores-kpi-store", "data"),
    prevent_initial_call=True,
)
def compare_tracked(n_clicks, kpis):
    if not kpis:
        raise PreventUpdate
    prompt = compare_prompt(f"last {kpis['days']} days", _as_markdown(kpis["records"]))
    resp = asyncio.run(
        multi_model_service.generate_response(
            prompt=prompt,
            task_type="chat",
            complexity=TaskComplexity.MODERATE,
            system=INSIGHT_SYSTEM,
            feature_context="store_compare",
        )
    )
    return resp.text, usage_badge(resp.model, resp.input_tokens, resp.output_tokens)
