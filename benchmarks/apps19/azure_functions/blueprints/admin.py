"""Admin / ops endpoints.  Protected by ADMIN auth level (master key)."""

from __future__ import annotations

import io
import json
import logging

import azure.functions as func

from shared_code.clients import CohereNotConfigured, get_aoai_client, get_cohere, get_replicate, ping_chat_deployment
from shared_code.legacy.azure_rest import list_deployments
from shared_code.settings import get_settings
from shared_code.utils.http import error_response, json_response, read_json
from shared_code.utils.tokens import PRICE_TABLE, count_tokens, estimate_cost_usd

logger = logging.getLogger(__name__)

bp = func.Blueprint()


@bp.route(route="admin/models", methods=["GET"], auth_level=func.AuthLevel.ADMIN)
def list_models(req: func.HttpRequest) -> func.HttpResponse:
    result = {"azure_openai": [], "azure_deployments": [], "cohere": [], "replicate": None}
    try:
        result["azure_openai"] = sorted(m.id for m in get_aoai_client().models.list())
        result["azure_deployments"] = list_deployments()
    except Exception as exc:  # noqa: BLE001
        result["azure_openai_error"] = str(exc)
    try:
        cohere_models = get_cohere().models.list(page_size=50)
        result["cohere"] = [m.name for m in cohere_models.models or []]
    except CohereNotConfigured:
        result["cohere"] = None
    model = get_replicate().models.get(get_settings().vendors.replicate_image_model)
    result["replicate"] = {"name": model.name, "latest_version": getattr(model.latest_version, "id", None)}
    return json_response(result)


@bp.route(route="admin/tokens", methods=["POST"], auth_level=func.AuthLevel.ADMIN)
def tokens(req: func.HttpRequest) -> func.HttpResponse:
    body = read_json(req)
    text = body.get("text", "")
    out = {"tiktoken_o200k": count_tokens(text)}
    try:
        tokenized = get_cohere().tokenize(text=text[:65536], model=get_settings().vendors.cohere_chat_model)
        out["cohere"] = len(tokenized.tokens)
    except CohereNotConfigured:
        out["cohere"] = None
    return json_response(out)


@bp.route(route="admin/cost", methods=["POST"], auth_level=func.AuthLevel.ADMIN)
def cost(req: func.HttpRequest) -> func.HttpResponse:
    body = read_json(req)
    model = body.get("model")
    if model not in PRICE_TABLE:
        return error_response(f"unknown model {model!r}; known: {sorted(PRICE_TABLE)}")
    usd = estimate_cost_usd(model, int(body.get("input_tokens", 0)), int(body.get("output_tokens", 0)))
    return json_response({"model": model, "estimated_usd": usd})


@bp.route(route="admin/batch-upload", methods=["POST"], auth_level=func.AuthLevel.ADMIN)
def batch_upload(req: func.HttpRequest) -> func.HttpResponse:
    """Uploads a JSONL batch file for the Azure OpenAI Batch API.  The batch job
    itself is submitted manually by ops after review (see runbook RB-112)."""
    body = read_json(req)
    requests_ = body.get("requests") or []
    if not requests_:
        return error_response("'requests' is empty")
    buf = io.BytesIO("\n".join(json.dumps(r) for r in requests_).encode("utf-8"))
    uploaded = get_aoai_client().files.create(file=("batch.jsonl", buf), purpose="batch")
    return json_response({"file_id": uploaded.id, "status": uploaded.status, "lines": len(requests_)})


@bp.route(route="admin/health", methods=["GET"], auth_level=func.AuthLevel.ANONYMOUS)
def health(req: func.HttpRequest) -> func.HttpResponse:
    deep = req.params.get("deep") == "1"
    status = {"status": "ok", "environment": get_settings().environment}
    if deep:
        status["azure_openai"] = ping_chat_deployment()
    return json_response(status, status_code=200 if status.get("azure_openai", True) else 503)
