"""Internal admin endpoints (behind the VPN; staff tokens only)."""
from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone

from flask import Blueprint, Response, abort, jsonify, request, stream_with_context
from sqlalchemy import func, select

from docflow.clients import openai_client
from docflow.extensions import db
from docflow.integrations import charge_overage
from docflow.models import LLMUsageLog, Tenant
from docflow.providers import available_providers, get_provider
from docflow.utils import ReportBuilder

logger = logging.getLogger(__name__)

bp = Blueprint("admin", __name__, url_prefix="/api/admin")


@bp.before_request
def _require_staff() -> None:
    if request.headers.get("X-Staff-Token") != os.environ.get("STAFF_TOKEN"):
        abort(403)


@bp.get("/providers")
def providers() -> Response:
    status: dict[str, object] = {"registered": available_providers()}
    try:
        models = openai_client.models.list()
        status["openai_models"] = len(models.data)
    except Exception as exc:
        logger.warning("openai health check failed: %s", exc)
        status["openai_models"] = None
    return jsonify(status)


@bp.post("/tokens")
def count_tokens() -> Response:
    text = (request.get_json(silent=True) or {}).get("text", "")
    claude = get_provider("anthropic")
    result = claude.client.messages.count_tokens(
        model=claude.model,
        messages=[{"role": "user", "content": text}],
    )
    return jsonify(input_tokens=result.input_tokens)


@bp.post("/moderation")
def moderation_check() -> Response:
    text = (request.get_json(silent=True) or {}).get("text", "")
    result = get_provider("openai").client.moderations.create(model="omni-moderation-latest", input=text)
    first = result.results[0]
    return jsonify(flagged=first.flagged, categories=first.categories.model_dump())


@bp.post("/playground")
def playground() -> Response:
    """Stream a raw Claude completion for prompt debugging."""
    body = request.get_json(silent=True) or {}
    claude = get_provider("anthropic")

    def stream() -> Iterator[str]:
        with claude.client.messages.stream(
            model=body.get("model", claude.model),
            max_tokens=int(body.get("max_tokens", 1024)),
            system=body.get("system", "You are a helpful assistant."),
            messages=[{"role": "user", "content": body.get("prompt", "")}],
        ) as events:
            for text in events.text_stream:
                yield f"data: {text}\n\n"

    return Response(stream_with_context(stream()), mimetype="text/event-stream")


@bp.post("/compare")
def compare_providers() -> Response:
    """Run one prompt against several providers side by side."""
    body = request.get_json(silent=True) or {}
    prompt = body.get("prompt", "")
    names = body.get("providers") or ["openai", "anthropic", "google", "mistral", "replicate"]
    results: dict[str, object] = {}
    for name in names:
        try:
            result = get_provider(name).complete(prompt, system=body.get("system"), max_tokens=int(body.get("max_tokens", 512)))
        except NotImplementedError:
            continue
        except Exception as exc:
            results[name] = {"error": str(exc)}
            continue
        results[name] = {
            "model": result.model,
            "text": result.text,
            "input_tokens": result.input_tokens,
            "output_tokens": result.output_tokens,
        }
    return jsonify(results)


@bp.post("/tenants/<int:tenant_id>/overage")
def bill_overage(tenant_id: int) -> Response:
    tenant = db.session.get(Tenant, tenant_id) or abort(404)
    pages = int((request.get_json(silent=True) or {}).get("pages", 0))
    if pages <= 0 or not tenant.stripe_customer_id:
        abort(400)
    return jsonify(payment_intent=charge_overage(tenant.stripe_customer_id, pages))


@bp.get("/reports/llm-usage")
def llm_usage_report() -> Response:
    since = datetime.now(timezone.utc) - timedelta(days=int(request.args.get("days", 30)))
    rows = db.session.execute(
        select(
            LLMUsageLog.feature,
            LLMUsageLog.model,
            func.sum(LLMUsageLog.input_tokens).label("input_tokens"),
            func.sum(LLMUsageLog.output_tokens).label("output_tokens"),
        )
        .where(LLMUsageLog.created_at >= since)
        .group_by(LLMUsageLog.feature, LLMUsageLog.model)
    ).mappings()
    report = ReportBuilder("LLM usage", ["feature", "model", "input_tokens", "output_tokens"]).generate(rows)
    return Response(report, mimetype="text/csv")
