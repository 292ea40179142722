"""Plain Flask JSON endpoints living next to the Dash app.

Used by the Slack bot and the weekly email job, which do not go through Dash.
"""
from __future__ import annotations

import io
import logging

from flask import Blueprint, abort, current_app, jsonify, request, send_file

from ai import available_strategies, get_openai_client, run_strategy
from ai.guardrails import BlockedInput, check_question
from ai.prompts import INSIGHT_SYSTEM, insight_prompt
from config import get_settings
from data import get_warehouse

log = logging.getLogger(__name__)
api_bp = Blueprint("api", __name__)
MODELS = get_settings().models


@api_bp.get("/strategies")
def list_strategies():
    return jsonify(strategies=available_strategies())


@api_bp.post("/insight/<provider>")
def insight(provider: str):
    body = request.get_json(force=True) or {}
    try:
        question = check_question(body.get("question", ""))
    except BlockedInput as exc:
        return jsonify(error=str(exc)), 400
    records = body.get("records") or []
    result = run_strategy(provider, insight_prompt(question, records, body.get("filters")))
    return jsonify(
        provider=result.provider,
        model=result.model,
        text=result.text,
        usage={"input_tokens": result.input_tokens, "output_tokens": result.output_tokens},
    )


@api_bp.post("/summarize")
def summarize():
    """Summarise a block of text (e.g. a Slack thread about a promo)."""
    body = request.get_json(force=True) or {}
    text = (body.get("text") or "").strip()
    if not text:
        abort(400, "text is required")
    providers = current_app.extensions["ai_providers"]
    msg = providers.anthropic.messages.create(
        model=MODELS.anthropic_fast,
        max_tokens=int(body.get("max_tokens", 300)),
        system=INSIGHT_SYSTEM,
        messages=[{"role": "user", "content": f"Summarise for a store manager:\n\n{text}"}],
    )
    return jsonify(summary=msg.content[0].text, model=msg.model)


@api_bp.post("/speak")
def speak():
    """Text-to-speech of an insight for the in-store tablet app."""
    body = request.get_json(force=True) or {}
    text = (body.get("text") or "")[:3000]
    if not text:
        abort(400, "text is required")
    audio = get_openai_client().audio.speech.create(
        model="gpt-4o-mini-tts",
        voice=body.get("voice", "alloy"),
        input=text,
        response_format="mp3",
    )
    return send_file(io.BytesIO(audio.content), mimetype="audio/mpeg", download_name="insight.mp3")


@api_bp.get("/kpis/<int:store_id>")
def store_kpis(store_id: int):
    import datetime as dt

    end = dt.date.today()
    start = end - dt.timedelta(days=int(request.args.get("days", 28)))
    df = get_warehouse().store_kpis([store_id], start, end)
    return jsonify(df.to_dict(orient="records"))
