"""Admin / ops endpoints.  Nothing in here should spend tokens except the
explicit groq ping."""
from __future__ import annotations

import io
import json

from flask import Blueprint, current_app, jsonify, request

from app.extensions import llm
from app.llm import get_anthropic, get_gemini, get_openai
from app.services.cost import PRICES, calculate_cost

bp = Blueprint("admin", __name__)


@bp.get("/models")
def list_models():
    out = {"openai": llm.list_openai_models()}
    anthropic_client = get_anthropic()
    if anthropic_client is not None:
        out["anthropic"] = [m.id for m in anthropic_client.models.list(limit=50)]
    gemini = get_gemini()
    if gemini is not None:
        out["gemini"] = [m.name for m in gemini.models.list()]
    return jsonify(out)


@bp.post("/token-count")
def token_count():
    text = request.get_json(force=True)["text"]
    gemini = get_gemini()
    result = gemini.models.count_tokens(model=current_app.config["GEMINI_MODEL"], contents=text)
    tokens = result.total_tokens
    return jsonify({
        "tokens": tokens,
        "est_cost_usd": calculate_cost(current_app.config["GEMINI_MODEL"], tokens),
    })


@bp.post("/fine-tune-data")
def upload_fine_tune_data():
    """Uploads a JSONL of labelled triage examples for a future fine-tune."""
    rows = request.get_json(force=True)["rows"]
    buf = io.BytesIO("\n".join(json.dumps(r) for r in rows).encode())
    uploaded = get_openai().files.create(file=("triage.jsonl", buf), purpose="fine-tune")
    return jsonify({"file_id": uploaded.id, "bytes": uploaded.bytes})


@bp.get("/prices")
def prices():
    return jsonify({k: [str(p) for p in v] for k, v in PRICES.items()})


@bp.post("/ping")
def ping():
    return jsonify({"groq": llm.ping_groq()})
