"""Demand forecast per SKU (simple regression with seasonality) + planner summary."""
from __future__ import annotations

import logging

import dash
import dash_bootstrap_components as dbc
import numpy as np
import pandas as pd
import plotly.graph_objects as go
from dash import Input, Output, State, callback, dcc, html
from dash.exceptions import PreventUpdate
from sklearn.linear_model import Ridge

from ai import get_bundle
from ai.prompts import FORECAST_SYSTEM, forecast_prompt
from components import usage_badge
from config import get_settings
from data import get_warehouse

dash.register_page(__name__, path="/forecasts", name="Forecasts", order=6)
log = logging.getLogger(__name__)
MODELS = get_settings().models


def layout(**_query):
    products = get_warehouse().products(limit=2000)
    return html.Div(
        [
            dcc.Store(id="forecast-store"),
            dbc.Row(
                [
                    dbc.Col(
                        dcc.Dropdown(
                            id="forecast-sku",
                            options=[{"label": f"{r.sku} - {r.product_name}", "value": r.sku}
                                     for r in products.itertuples()],
                            placeholder="SKU",
                        ),
                        md=6,
                    ),
                    dbc.Col(dcc.Slider(id="forecast-horizon", min=4, max=26, step=1, value=12), md=4),
                    dbc.Col(dbc.Button("Summarise", id="forecast-summary-btn"), md=2),
                ]
            ),
            dcc.Graph(id="forecast-graph"),
            dcc.Loading(dcc.Markdown(id="forecast-summary")),
            html.Small(id="forecast-summary-meta", className="text-muted"),
        ]
    )


def _features(t: np.ndarray) -> np.ndarray:
    return np.column_stack([t, np.sin(2 * np.pi * t / 52), np.cos(2 * np.pi * t / 52)])


def fit_forecast(history: pd.DataFrame, horizon: int) -> pd.DataFrame:
    t = np.arange(len(history), dtype=float)
    model = Ridge(alpha=1.0).fit(_features(t), history["units"].to_numpy(dtype=float))
    resid_sd = float(np.std(history["units"] - model.predict(_features(t))))
    t_future = np.arange(len(history), len(history) + horizon, dtype=float)
    yhat = model.predict(_features(t_future))
    weeks = pd.date_range(pd.to_datetime(history["week"].iloc[-1]) + pd.Timedelta(weeks=1), periods=horizon, freq="W")
    return pd.DataFrame({"week": weeks, "yhat": yhat, "lo": yhat - 1.64 * resid_sd, "hi": yhat + 1.64 * resid_sd})


@callback(
    Output("forecast-graph", "figure"),
    Output("forecast-store", "data"),
    Input("forecast-sku", "value"),
    Input("forecast-horizon", "value"),
)
def update_forecast(sku, horizon):
    if not sku:
        raise PreventUpdate
    hist = get_warehouse().weekly_units(sku)
    if len(hist) < 20:
        return go.Figure(layout={"title": "Not enough history"}), None
    fc = fit_forecast(hist, horizon)
    fig = go.Figure()
    fig.add_scatter(x=hist["week"], y=hist["units"], name="actual")
    fig.add_scatter(x=fc["week"], y=fc["yhat"], name="forecast", line={"dash": "dash"})
    fig.add_scatter(x=fc["week"], y=fc["hi"], line={"width": 0}, showlegend=False)
    fig.add_scatter(x=fc["week"], y=fc["lo"], fill="tonexty", line={"width": 0}, name="90% band")
    fig.update_layout(title=f"Weekly units - {sku}")
    return fig, {"sku": sku, "horizon": horizon, "points": fc.assign(week=fc["week"].astype(str)).to_dict("records")}


@callback(
    Output("forecast-summary", "children"),
    Output("forecast-summary-meta", "children"),
    Input("forecast-summary-btn", "n_clicks"),
    State("forecast-store", "data"),
    prevent_initial_call=True,
)
def summarise(n_clicks, data):
    if not data:
        raise PreventUpdate
    resp = get_bundle().bedrock.converse(
        modelId=MODELS.bedrock_nova,
        system=[{"text": FORECAST_SYSTEM}],
        messages=[
            {
                "role": "user",
                "content": [{"text": forecast_prompt(data["sku"], data["horizon"], data["points"])}],
            }
        ],
        inferenceConfig={"maxTokens": 400, "temperature": 0.2},
    )
    text = resp["output"]["message"]["content"][0]["text"]
    usage = resp["usage"]
    return text, usage_badge(MODELS.bedrock_nova, usage["inputTokens"], usage["outputTokens"])
