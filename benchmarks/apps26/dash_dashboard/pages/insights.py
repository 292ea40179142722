"""Natural-language insights: ask a question, stream a narrative, follow up,
and build the weekly digest (the digest callback lives in callbacks/background.py).
"""
from __future__ import annotations

import datetime as dt
import functools
import logging

import dash
import dash_bootstrap_components as dbc
from dash import Input, Output, State, callback, dcc, html, no_update
from dash.exceptions import PreventUpdate
from google.genai import types as genai_types

from ai import get_anthropic_client, get_bundle, run_strategy
from ai.guardrails import BlockedInput, check_question
from ai.prompts import INSIGHT_SYSTEM, insight_prompt
from callbacks.background import SEGMENTS
from components import insight_card, provider_dropdown, usage_badge
from components.layout import error_alert
from config import get_settings
from data import get_warehouse
from extensions import background_manager

dash.register_page(__name__, path="/insights", name="Insights", order=2)
log = logging.getLogger(__name__)
MODELS = get_settings().models


def layout(**_query):
    return html.Div(
        [
            dcc.Store(id="insights-context"),
            dcc.Store(id="insights-chat-store", storage_type="session", data=[]),
            dbc.Row(
                [
                    dbc.Col(
                        [
                            dbc.Textarea(
                                id="insights-question",
                                placeholder="e.g. Why did bakery margin drop in the North region?",
                                style={"height": "90px"},
                            ),
                            dbc.Row(
                                [
                                    dbc.Col(provider_dropdown("insights-provider"), md=5),
                                    dbc.Col(dbc.Button("Generate", id="insights-go", n_clicks=0), md="auto"),
                                    dbc.Col(
                                        dbc.Button("Stream narrative", id="insights-stream", outline=True),
                                        md="auto",
                                    ),
                                    dbc.Col(
                                        dbc.Button("Two takes", id="insights-two-takes", outline=True),
                                        md="auto",
                                    ),
                                ],
                                className="g-2 mt-2",
                            ),
                            html.Div(id="insights-error"),
                        ],
                        md=6,
                    ),
                    dbc.Col(insight_card("insights-answer"), md=6),
                ],
                className="mb-3",
            ),
            dbc.Row(
                [
                    dbc.Col(html.Pre(id="insights-narrative", style={"whiteSpace": "pre-wrap"}), md=6),
                    dbc.Col(
                        [
                            html.H6("Follow-up"),
                            html.Div(id="insights-chat-log"),
                            dbc.InputGroup(
                                [
                                    dbc.Input(id="insights-followup", placeholder="Ask a follow-up..."),
                                    dbc.Button("Send", id="insights-followup-btn"),
                                ]
                            ),
                        ],
                        md=6,
                    ),
                ],
                className="mb-4",
            ),
            html.Div(id="insights-two-takes-out", className="mb-4"),
            html.Hr(),
            html.H5("Weekly digest"),
            dbc.Row(
                [
                    dbc.Col(
                        dcc.Checklist(
                            id="digest-segments",
                            options=[{"label": v, "value": k} for k, v in SEGMENTS.items()],
                            value=list(SEGMENTS),
                            inline=True,
                        ),
                        md=6,
                    ),
                    dbc.Col(dcc.Checklist(id="digest-notify", options=["Post to Slack"], value=[]), md=2),
                    dbc.Col(dbc.Button("Build digest", id="digest-run-btn"), md="auto"),
                    dbc.Col(dbc.Button("Cancel", id="digest-cancel-btn", disabled=True, color="secondary"), md="auto"),
                ]
            ),
            html.Progress(id="digest-progress", value="0", max="4", className="w-100 my-2"),
            html.Div(id="digest-output"),
        ]
    )


def _context_records(days: int = 56) -> list[dict]:
    end = dt.date.today()
    return get_warehouse().category_mix(end - dt.timedelta(days=days), end).to_dict("records")


@callback(
    Output("insights-answer", "children"),
    Output("insights-answer-meta", "children"),
    Output("insights-context", "data"),
    Output("insights-error", "children"),
    Input("insights-go", "n_clicks"),
    State("insights-question", "value"),
    State("insights-provider", "value"),
    background=True,
    manager=background_manager,
    running=[(Output("insights-go", "disabled"), True, False)],
    prevent_initial_call=True,
)
def generate_insight(n_clicks, question, provider):
    try:
        question = check_question(question)
    except BlockedInput as exc:
        return no_update, no_update, no_update, error_alert(str(exc))
    records = _context_records()
    result = run_strategy(provider or "tracked", insight_prompt(question, records))
    meta = usage_badge(result.model, result.input_tokens, result.output_tokens, result.latency_ms)
    return result.text, meta, {"question": question, "answer": result.text}, None


@callback(
    Output("insights-narrative", "children"),
    Input("insights-stream", "n_clicks"),
    State("insights-question", "value"),
    background=True,
    manager=background_manager,
    progress=Output("insights-narrative", "children"),
    running=[(Output("insights-stream", "disabled"), True, False)],
    prevent_initial_call=True,
)
def stream_narrative(set_progress, n_clicks, question):
    question = check_question(question or "Summarise the category mix for the last 8 weeks.")
    client = get_anthropic_client()
    stream = client.messages.create(
        model=MODELS.anthropic,
        max_tokens=900,
        system=INSIGHT_SYSTEM + " Write it as a short narrative for the Monday meeting.",
        messages=[{"role": "user", "content": insight_prompt(question, _context_records())}],
        stream=True,
    )
    buf: list[str] = []
    for event in stream:
        if event.type == "content_block_delta" and event.delta.type == "text_delta":
            buf.append(event.delta.text)
            if len(buf) % 8 == 0:
                set_progress("".join(buf))
    return "".join(buf)


@callback(
    Output("insights-chat-log", "children"),
    Output("insights-chat-store", "data"),
    Output("insights-followup", "value"),
    Input("insights-followup-btn", "n_clicks"),
    State("insights-followup", "value"),
    State("insights-context", "data"),
    State("insights-chat-store", "data"),
    prevent_initial_call=True,
)
def follow_up(n_clicks, text, context, chat_history):
    if not text or not context:
        raise PreventUpdate
    history = [
        genai_types.Content(role="user", parts=[genai_types.Part.from_text(text=context["question"])]),
        genai_types.Content(role="model", parts=[genai_types.Part.from_text(text=context["answer"])]),
    ]
    for turn in chat_history or []:
        role = "user" if turn["role"] == "user" else "model"
        history.append(genai_types.Content(role=role, parts=[genai_types.Part.from_text(text=turn["text"])]))

    chat = get_bundle().gemini.chats.create(
        model=MODELS.gemini,
        history=history,
        config=genai_types.GenerateContentConfig(system_instruction=INSIGHT_SYSTEM),
    )
    reply = chat.send_message(check_question(text))
    chat_history = (chat_history or []) + [
        {"role": "user", "text": text},
        {"role": "model", "text": reply.text},
    ]
    log_children = [
        html.P([html.Strong("You: " if t["role"] == "user" else "AI: "), t["text"]]) for t in chat_history
    ]
    return log_children, chat_history, ""


@callback(
    Output("insights-two-takes-out", "children"),
    Input("insights-two-takes", "n_clicks"),
    State("insights-question", "value"),
    prevent_initial_call=True,
)
def two_takes(n_clicks, question):
    """Conservative vs. creative take on the same question, side by side."""
    question = check_question(question)
    client = get_bundle().anthropic
    ask = functools.partial(
        client.messages.create,
        model=MODELS.anthropic_fast,
        max_tokens=350,
        system=INSIGHT_SYSTEM,
    )
    prompt = insight_prompt(question, _context_records())
    cols = []
    for label, temperature in (("Conservative", 0.0), ("Exploratory", 0.9)):
        msg = ask(messages=[{"role": "user", "content": prompt}], temperature=temperature)
        cols.append(dbc.Col(dbc.Card([dbc.CardHeader(label), dbc.CardBody(dcc.Markdown(msg.content[0].text))])))
    return dbc.Row(cols)
