"""Helpers for building func.HttpResponse objects consistently."""

from __future__ import annotations

import json
import logging
from typing import Any, Optional

import azure.functions as func

logger = logging.getLogger(__name__)


def json_response(body: Any, status_code: int = 200, headers: Optional[dict] = None) -> func.HttpResponse:
    return func.HttpResponse(
        body=json.dumps(body, default=str),
        status_code=status_code,
        mimetype="application/json",
        headers=headers or {},
    )


def error_response(message: str, status_code: int = 400, *, code: str = "bad_request") -> func.HttpResponse:
    logger.info("Returning error %s (%s): %s", status_code, code, message)
    return json_response({"error": {"code": code, "message": message}}, status_code=status_code)


def read_json(req: func.HttpRequest) -> dict:
    try:
        body = req.get_json()
    except ValueError:
        return {}
    return body if isinstance(body, dict) else {}


def tenant_from_request(req: func.HttpRequest) -> Optional[str]:
    return req.headers.get("x-tenant-id") or req.params.get("tenant")
