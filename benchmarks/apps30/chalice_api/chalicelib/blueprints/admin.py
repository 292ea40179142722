"""Internal endpoints (IAM-authorized)."""
import time

from chalice import Blueprint, IAMAuthorizer

from chalicelib.clients import anthropic_client, bedrock_control, get_openai_client, get_together_client
from chalicelib.cost import PRICING, calculate_cost, estimate_tokens
from chalicelib.db import UsageTable
from chalicelib.providers import available_providers, get_provider
from chalicelib.utils import json_body

admin_bp = Blueprint(__name__)
iam = IAMAuthorizer()


@admin_bp.route("/models", authorizer=iam)
def list_models():
    bedrock = bedrock_control.list_foundation_models(byOutputModality="TEXT")
    openai_models = [m.id for m in get_openai_client().models.list()]
    together_models = [m.id for m in get_together_client().models.list()]
    return {
        "bedrock": [m["modelId"] for m in bedrock["modelSummaries"]],
        "openai": openai_models,
        "together": together_models[:50],
        "providers": available_providers(),
    }


@admin_bp.route("/tokens", methods=["POST"], authorizer=iam)
def count_tokens():
    body = json_body(admin_bp.current_request)
    messages = [{"role": "user", "content": body["text"]}]
    anthropic_count = anthropic_client.messages.count_tokens(
        model=body.get("model", "claude-3-5-sonnet-latest"), messages=messages
    )
    bedrock_count = get_provider("bedrock").count_tokens(messages)
    return {
        "anthropic": anthropic_count.input_tokens,
        "bedrock": bedrock_count,
        "estimate": estimate_tokens(body["text"]),
    }


@admin_bp.route("/costs", authorizer=iam)
def costs():
    params = admin_bp.current_request.query_params or {}
    hours = int(params.get("hours", 24))
    totals = UsageTable().totals_since(int(time.time()) - hours * 3600)
    return {"window_hours": hours, "by_model": {k: str(v) for k, v in totals.items()}}


@admin_bp.route("/costs/estimate", methods=["POST"], authorizer=iam)
def estimate():
    body = json_body(admin_bp.current_request)
    cost = calculate_cost(body["model"], int(body["input_tokens"]), int(body["output_tokens"]))
    return {"model": body["model"], "usd": str(cost), "known_model": body["model"] in PRICING}


@admin_bp.route("/health/providers", authorizer=iam)
def provider_health():
    return {name: get_provider(name).health() for name in available_providers()}
