"""Request hooks.

Before the plugin existed (see plugins.py) every route grabbed its clients
from ``request.environ``.  The letters sub-app still works that way; the
hook below keeps it going until somebody finishes the migration (HRA-412).
"""

from __future__ import annotations

import logging
import time
import uuid

from bottle import request, response

log = logging.getLogger(__name__)

ENV_FACTORY = "hr.client_factory"
ENV_ANTHROPIC = "hr.anthropic"
ENV_CHAT = "hr.chat"
ENV_REQUEST_ID = "hr.request_id"
ENV_STARTED = "hr.started"


def install_hooks(app) -> None:
    @app.hook("before_request")
    def _attach_clients():
        factory = request.app.config.get("hr.client_factory")
        request.environ[ENV_REQUEST_ID] = request.get_header("X-Request-Id") or uuid.uuid4().hex
        request.environ[ENV_STARTED] = time.monotonic()
        if factory is None:
            return
        request.environ[ENV_FACTORY] = factory
        # clients are cached inside the factory, this is cheap
        request.environ[ENV_ANTHROPIC] = factory.anthropic()
        request.environ[ENV_CHAT] = factory.chat_client()

    @app.hook("after_request")
    def _log_request():
        started = request.environ.get(ENV_STARTED)
        elapsed = (time.monotonic() - started) * 1000 if started else -1
        response.set_header("X-Request-Id", request.environ.get(ENV_REQUEST_ID, ""))
        log.info("%s %s -> %s (%.0f ms)", request.method, request.path, response.status_code, elapsed)


def current_user() -> str:
    # SSO proxy puts the employee id in a header
    return request.get_header("X-Employee-Id") or "anonymous"


def current_locale() -> str:
    lang = request.get_header("Accept-Language") or "en"
    return lang.split(",")[0].split("-")[0].lower()
