"""Shared handler plumbing."""
from __future__ import annotations

import json
from typing import Any, Dict

from jupyter_server.base.handlers import APIHandler
from jupyter_server.extension.handler import ExtensionHandlerMixin
from tornado import web

from .. import config as cfg


class BaseAIHandler(ExtensionHandlerMixin, APIHandler):
    """Base class: ``self.extensionapp`` is the AIHelpersApp instance."""

    @property
    def clients(self) -> Dict[str, Any]:
        return self.settings["ai_clients"]

    @property
    def tracker(self):
        return self.settings.get("ai_tracker")

    def client_for(self, provider: str):
        try:
            return self.clients[provider]
        except KeyError:
            raise web.HTTPError(400, f"provider {provider!r} is not configured") from None

    def model_for(self, provider: str) -> str:
        overrides = self.settings.get("ai_model_overrides", {})
        return cfg.model_for(provider, overrides.get(provider))

    def json_body(self) -> Dict[str, Any]:
        try:
            body = self.get_json_body() or {}
        except web.HTTPError:
            raise
        except json.JSONDecodeError as exc:
            raise web.HTTPError(400, f"invalid JSON: {exc}") from exc
        if not isinstance(body, dict):
            raise web.HTTPError(400, "expected a JSON object")
        return body

    def require(self, body: Dict[str, Any], key: str) -> Any:
        if key not in body or body[key] in (None, ""):
            raise web.HTTPError(400, f"missing field {key!r}")
        return body[key]

    def truncate(self, text: str, limit: int = cfg.MAX_CELL_CHARS) -> str:
        if len(text) <= limit:
            return text
        return text[: limit // 2] + "\n# ... truncated ...\n" + text[-limit // 2 :]

    def write_sse(self, event: str, data: Any):
        self.write(f"event: {event}\ndata: {json.dumps(data)}\n\n")
