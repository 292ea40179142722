"""Reusable layout pieces (navbar, cards, dropdowns)."""
from __future__ import annotations

import dash
import dash_bootstrap_components as dbc
from dash import dcc, html

PROVIDER_LABELS = {
    "tracked": "Default (gateway)",
    "openai": "OpenAI",
    "anthropic": "Claude",
    "gemini": "Gemini",
    "mistral": "Mistral",
    "groq": "Groq (fast)",
    "together": "Together / Llama",
    "bedrock": "Bedrock",
}


def navbar() -> dbc.Navbar:
    links = [
        dbc.NavItem(dbc.NavLink(page["name"], href=page["relative_path"], active="exact"))
        for page in dash.page_registry.values()
        if not page.get("hidden")
    ]
    ask_box = dbc.InputGroup(
        [
            dbc.Input(id="global-ask-input", placeholder="Ask about sales...", debounce=True),
            dbc.Button("Ask", id="global-ask-btn", color="light", n_clicks=0),
        ],
        size="sm",
        style={"maxWidth": "420px"},
    )
    return dbc.Navbar(
        dbc.Container(
            [
                dbc.NavbarBrand("Retail Insights", href="/"),
                dbc.Nav(links, navbar=True, className="me-auto"),
                ask_box,
            ],
            fluid=True,
        ),
        color="primary",
        dark=True,
        className="mb-3",
    )


def provider_dropdown(component_id: str, value: str = "tracked", include: list[str] | None = None) -> dcc.Dropdown:
    keys = include or list(PROVIDER_LABELS)
    return dcc.Dropdown(
        id=component_id,
        options=[{"label": PROVIDER_LABELS[k], "value": k} for k in keys],
        value=value,
        clearable=False,
        style={"minWidth": "200px"},
    )


def insight_card(card_id: str, title: str = "AI insight") -> dbc.Card:
    return dbc.Card(
        [
            dbc.CardHeader(html.Span(title, className="fw-semibold")),
            dbc.CardBody(
                dcc.Loading(dcc.Markdown(id=card_id, children="_Click 'Generate' to get an insight._"))
            ),
            dbc.CardFooter(html.Small(id=f"{card_id}-meta", className="text-muted")),
        ],
        className="h-100",
    )


def usage_badge(model: str, input_tokens: int, output_tokens: int, latency_ms: int | None = None) -> str:
    parts = [model, f"{input_tokens} in / {output_tokens} out tokens"]
    if latency_ms is not None:
        parts.append(f"{latency_ms} ms")
    return " · ".join(parts)


def error_alert(message: str) -> dbc.Alert:
    return dbc.Alert(message, color="warning", dismissable=True, className="mt-2")
