"""Turn flows into compact text that fits in a prompt."""
from __future__ import annotations

from mitmproxy import http

SKIP_HEADERS = {"cookie", "authorization", "proxy-authorization", "x-api-key"}
TEXT_TYPES = ("json", "text", "xml", "javascript", "x-www-form-urlencoded")


def _is_textual(headers) -> bool:
    ctype = headers.get("content-type", "")
    return any(t in ctype for t in TEXT_TYPES)


def _headers(headers) -> str:
    lines = []
    for k, v in headers.items():
        if k.lower() in SKIP_HEADERS:
            v = "<elided>"
        lines.append(f"{k}: {v}")
    return "\n".join(lines)


def flow_to_text(flow: http.HTTPFlow, *, body_limit: int = 4000) -> str:
    req = flow.request
    parts = [f"{req.method} {req.pretty_url} HTTP/{req.http_version.split('/')[-1]}", _headers(req.headers)]
    if req.content and _is_textual(req.headers):
        parts.append("")
        parts.append((req.get_text(strict=False) or "")[:body_limit])
    if flow.response is not None:
        resp = flow.response
        parts.append("")
        parts.append(f"--> {resp.status_code} {resp.reason}")
        parts.append(_headers(resp.headers))
        if resp.content and _is_textual(resp.headers):
            parts.append("")
            parts.append((resp.get_text(strict=False) or "")[:body_limit])
    return "\n".join(parts)


def one_line(flow: http.HTTPFlow) -> str:
    status = flow.response.status_code if flow.response else "-"
    size = len(flow.response.raw_content or b"") if flow.response else 0
    return f"{flow.request.method} {flow.request.path} -> {status} ({size}b)"
