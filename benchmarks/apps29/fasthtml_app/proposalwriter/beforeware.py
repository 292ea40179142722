"""Per-request setup: auth check and putting shared services on the request scope."""
from __future__ import annotations

import logging
import time

from fasthtml.common import Beforeware, RedirectResponse

from .services import services
from .store import proposal_store

log = logging.getLogger(__name__)

PUBLIC = [r"/favicon\.ico", r"/static/.*", r".*\.css", r".*\.js", "/login", "/healthz"]


def before(req, sess):
    auth = req.scope["auth"] = sess.get("auth", None)
    if not auth:
        return RedirectResponse("/login", status_code=303)
    if not services.started:
        services.start()
    # Handlers read these instead of importing module globals (newer routes do this).
    req.scope["services"] = services
    req.scope["store"] = proposal_store
    req.scope["t0"] = time.perf_counter()
    sess.setdefault("preferred_model", "openai")
    sess.setdefault("tone", "confident")


bware = Beforeware(before, skip=PUBLIC)
