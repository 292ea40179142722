"""Admin endpoints: provider status and API key rotation checks."""
import logging

import boto3
from anthropic import Anthropic, AuthenticationError
from flask import Blueprint, abort, current_app, jsonify, request
from flask_login import current_user, login_required

from newsroom.ai import clients

log = logging.getLogger(__name__)

bp = Blueprint("admin", __name__)


@bp.before_request
@login_required
def _editors_only():
    if not getattr(current_user, "is_editor", False):
        abort(403)


@bp.get("/ai/status")
def ai_status():
    status = {"features": current_app.config["AI_FEATURES"]}

    try:
        models = clients.openai_client().models.list()
        status["openai"] = {"ok": True, "models": sorted(m.id for m in models.data if m.id.startswith("gpt"))[:20]}
    except Exception as exc:  # noqa: BLE001
        status["openai"] = {"ok": False, "error": str(exc)}

    try:
        control = boto3.client("bedrock", region_name=current_app.config["BEDROCK_REGION"])
        summaries = control.list_foundation_models(byOutputModality="TEXT")["modelSummaries"]
        status["bedrock"] = {"ok": True, "models": len(summaries)}
    except Exception as exc:  # noqa: BLE001
        status["bedrock"] = {"ok": False, "error": str(exc)}

    return jsonify(status)


@bp.post("/ai/keys/anthropic/check")
def check_anthropic_key():
    """Validate a new key before it is put into the secret store."""
    key = (request.get_json(force=True) or {}).get("api_key", "").strip()
    if not key.startswith("sk-ant-"):
        return jsonify(ok=False, error="not an Anthropic key"), 400
    probe = Anthropic(api_key=key, max_retries=0, timeout=15.0)
    try:
        probe.messages.create(
            model=current_app.config["ANTHROPIC_FAST_MODEL"],
            max_tokens=1,
            messages=[{"role": "user", "content": "ping"}],
        )
    except AuthenticationError:
        return jsonify(ok=False, error="key rejected"), 200
    log.info("anthropic key check passed (requested by %s)", current_user.email)
    return jsonify(ok=True)


@bp.post("/ai/clients/reset")
def reset_clients():
    clients.reset()
    return jsonify(ok=True)
