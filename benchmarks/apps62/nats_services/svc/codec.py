"""JSON envelope used on every subject."""
from __future__ import annotations

import json
from typing import Any

ENCODING = "utf-8"


def encode(payload: Any) -> bytes:
    return json.dumps(payload, default=str, separators=(",", ":")).encode(ENCODING)


def decode(data: bytes) -> dict[str, Any]:
    if not data:
        return {}
    try:
        obj = json.loads(data.decode(ENCODING))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValueError(f"bad payload: {exc}") from exc
    if not isinstance(obj, dict):
        raise ValueError("payload must be a JSON object")
    return obj


def error_reply(code: str, message: str, **extra: Any) -> bytes:
    return encode({"ok": False, "error": {"code": code, "message": message, **extra}})


def ok_reply(**data: Any) -> bytes:
    return encode({"ok": True, **data})


def headers_for(trace_id: str | None = None, tenant: str | None = None) -> dict[str, str]:
    """Standard NATS headers we propagate across services."""
    out: dict[str, str] = {}
    if trace_id:
        out["X-Trace-Id"] = trace_id
    if tenant:
        out["X-Tenant"] = tenant
    return out


def tenant_of(msg) -> str:
    hdrs = getattr(msg, "headers", None) or {}
    return hdrs.get("X-Tenant", "default")
