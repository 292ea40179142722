"""Callbacks that are not tied to one page.

TODO(mk): these still read ``app.server.ai_providers`` / ``extensions`` directly;
move them to ``ai.get_bundle()`` like the pages once the bundle refactor lands.
"""
from __future__ import annotations

import datetime as dt
import json
import logging

from dash import Input, Output, State, html, no_update
from dash.exceptions import PreventUpdate

from ai.guardrails import BlockedInput, check_question
from ai.prompts import INSIGHT_SYSTEM, insight_prompt
from components.layout import error_alert, usage_badge
from config import get_settings
from data import get_warehouse

log = logging.getLogger(__name__)
MODELS = get_settings().models
HISTORY_LIMIT = 25


def _recent_sales_records(days: int = 28) -> list[dict]:
    end = dt.date.today()
    df = get_warehouse().daily_sales(end - dt.timedelta(days=days), end)
    return df.tail(200).to_dict("records")


def register_callbacks(app) -> None:
    @app.callback(
        Output("global-ask-answer", "children"),
        Output("insight-history", "data"),
        Input("global-ask-btn", "n_clicks"),
        Input("global-ask-input", "n_submit"),
        State("global-ask-input", "value"),
        State("insight-history", "data"),
        prevent_initial_call=True,
    )
    def global_ask(n_clicks, n_submit, question, history):
        if not question:
            raise PreventUpdate
        try:
            question = check_question(question)
        except BlockedInput as exc:
            return error_alert(str(exc)), no_update

        providers = app.server.ai_providers
        response = providers.openai.responses.create(
            model=MODELS.openai_chat,
            instructions=INSIGHT_SYSTEM,
            input=insight_prompt(question, _recent_sales_records(), role="a regional manager"),
            max_output_tokens=500,
        )
        answer = response.output_text
        history = (history or [])[-(HISTORY_LIMIT - 1):] + [
            {"q": question, "a": answer, "ts": dt.datetime.utcnow().isoformat()}
        ]
        meta = usage_badge(response.model, response.usage.input_tokens, response.usage.output_tokens)
        card = html.Div(
            [html.Strong(question), html.P(answer), html.Small(meta, className="text-muted")],
            className="border rounded p-2 bg-light",
        )
        return card, history

    @app.callback(
        Output("suggested-questions", "data"),
        Input("url", "pathname"),
        State("suggested-questions", "data"),
    )
    def suggest_questions(pathname, existing):
        if existing and existing.get("path") == pathname:
            raise PreventUpdate
        bundle = app.server.extensions["ai_providers"]
        completion = bundle.groq.chat.completions.create(
            model=MODELS.groq,
            messages=[
                {
                    "role": "system",
                    "content": "Return JSON {\"questions\": [...]} with 4 short questions a retail "
                    "manager could ask about the page they are on.",
                },
                {"role": "user", "content": f"Page: {pathname}"},
            ],
            response_format={"type": "json_object"},
            max_tokens=200,
            temperature=0.6,
        )
        try:
            questions = json.loads(completion.choices[0].message.content)["questions"]
        except (KeyError, TypeError, json.JSONDecodeError):
            log.warning("groq returned unparseable suggestions")
            questions = []
        return {"path": pathname, "questions": questions[:4]}

    app.clientside_callback(
        """
        function(data) {
            if (!data || !data.questions || !data.questions.length) { return ""; }
            return data.questions[0];
        }
        """,
        Output("global-ask-input", "placeholder"),
        Input("suggested-questions", "data"),
    )
