"""Liveness/readiness endpoints.  Must never spend tokens."""

from __future__ import annotations

import logging
import time

from bottle import Bottle, request, response

log = logging.getLogger(__name__)

app = Bottle()

_started = time.time()


@app.get("/live")
def live():
    return {"status": "ok", "uptime_s": int(time.time() - _started)}


@app.get("/ready")
def ready(ollama_client):
    checks = {}
    factory = request.app.config.get("hr.client_factory")
    checks["factory"] = factory is not None
    try:
        ollama_client.ps()
        checks["ollama"] = True
    except Exception:
        checks["ollama"] = False
    store = request.app.config.get("hr.store")
    try:
        store.conn.execute("SELECT 1")
        checks["db"] = True
    except Exception:
        checks["db"] = False
    if not all(checks.values()):
        response.status = 503
    return {"checks": checks}
