"""Pick a chart, get an explanation (text summary -> Claude, or image -> Gemini)."""
from __future__ import annotations

import datetime as dt
import logging

import dash
import dash_bootstrap_components as dbc
import plotly.express as px
import plotly.io as pio
from dash import Input, Output, State, callback, dcc, html
from dash.exceptions import PreventUpdate
from google.genai import types as genai_types

from ai import get_bundle, get_genai_client
from ai.explain import ChartExplainer
from ai.prompts import CHART_SYSTEM
from components import usage_badge
from config import get_settings
from data import get_warehouse

dash.register_page(__name__, path="/explain", name="Chart explainer", order=3)
log = logging.getLogger(__name__)
MODELS = get_settings().models
MAX_IMAGE_PROMPT_TOKENS = 6000

CHARTS = {
    "trend": "Net sales trend (90 days)",
    "mix": "Category mix and margin",
    "baskets": "Baskets per day by region",
}


def build_chart(kind: str):
    wh = get_warehouse()
    end = dt.date.today()
    start = end - dt.timedelta(days=90)
    if kind == "mix":
        df = wh.category_mix(start, end)
        return px.bar(df, x="category", y="net_sales", color="margin_pct", title=CHARTS[kind])
    df = wh.daily_sales(start, end)
    y = "baskets" if kind == "baskets" else "net_sales"
    return px.line(df, x="sale_date", y=y, color="region", title=CHARTS[kind])


def layout(chart: str = "trend", **_query):
    return dbc.Row(
        [
            dbc.Col(
                [
                    dcc.Dropdown(
                        id="explain-chart-kind",
                        options=[{"label": v, "value": k} for k, v in CHARTS.items()],
                        value=chart if chart in CHARTS else "trend",
                        clearable=False,
                    ),
                    dcc.Graph(id="explain-graph"),
                ],
                md=8,
            ),
            dbc.Col(
                [
                    dbc.ButtonGroup(
                        [
                            dbc.Button("Explain", id="explain-btn"),
                            dbc.Button("Explain from image", id="explain-image-btn", outline=True),
                        ]
                    ),
                    dcc.Loading(dcc.Markdown(id="explain-text", className="mt-3")),
                    html.Small(id="explain-meta", className="text-muted"),
                ],
                md=4,
            ),
        ]
    )


@callback(Output("explain-graph", "figure"), Input("explain-chart-kind", "value"))
def update_graph(kind):
    return build_chart(kind)


@callback(
    Output("explain-text", "children"),
    Output("explain-meta", "children"),
    Input("explain-btn", "n_clicks"),
    State("explain-chart-kind", "value"),
    State("explain-graph", "figure"),
    prevent_initial_call=True,
)
def explain(n_clicks, kind, figure):
    if not figure:
        raise PreventUpdate
    explainer = ChartExplainer(get_bundle().anthropic)
    result = explainer.explain(CHARTS[kind], figure)
    return result.text, usage_badge(result.model, result.input_tokens, result.output_tokens)


@callback(
    Output("explain-text", "children", allow_duplicate=True),
    Output("explain-meta", "children", allow_duplicate=True),
    Input("explain-image-btn", "n_clicks"),
    State("explain-chart-kind", "value"),
    State("explain-graph", "figure"),
    prevent_initial_call=True,
)
def explain_from_image(n_clicks, kind, figure):
    if not figure:
        raise PreventUpdate
    png = pio.to_image(figure, format="png", width=1100, height=600, scale=1)
    contents = [
        genai_types.Part.from_bytes(data=png, mime_type="image/png"),
        f"This chart is titled '{CHARTS[kind]}'. Explain it.",
    ]
    client = get_genai_client()
    budget = client.models.count_tokens(model=MODELS.gemini, contents=contents)
    if budget.total_tokens > MAX_IMAGE_PROMPT_TOKENS:
        return "Chart image too large to explain, try the text explainer.", ""
    resp = client.models.generate_content(
        model=MODELS.gemini,
        contents=contents,
        config=genai_types.GenerateContentConfig(system_instruction=CHART_SYSTEM, max_output_tokens=400),
    )
    usage = resp.usage_metadata
    return resp.text, usage_badge(MODELS.gemini, usage.prompt_token_count, usage.candidates_token_count)
