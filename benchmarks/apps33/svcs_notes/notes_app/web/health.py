"""Health checks driven by svcs pings."""

from __future__ import annotations

import svcs
from flask import Blueprint, jsonify

from notes_app.services.llm_usage_tracker import llm_tracker

bp = Blueprint("health", __name__)


@bp.get("/healthz")
def healthy():
    ok = True
    services = {}
    for svc_ping in svcs.flask.get_pings():
        try:
            svc_ping.ping()
            services[svc_ping.name] = "ok"
        except Exception as e:  # noqa: BLE001
            services[svc_ping.name] = repr(e)
            ok = False
    return jsonify({"ok": ok, "services": services}), 200 if ok else 503


@bp.get("/internal/llm-usage")
def llm_usage():
    return jsonify([vars(e) for e in llm_tracker.recent(100)])
