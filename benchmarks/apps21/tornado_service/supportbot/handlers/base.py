import collections
import json
import logging
import time

import tornado.web

log = logging.getLogger(__name__)


class _TenantRateLimiter:
    """Sliding-window limiter, per process. Good enough behind 4 replicas."""

    def __init__(self, per_minute=120):
        self.per_minute = per_minute
        self._hits = collections.defaultdict(collections.deque)

    def allow(self, key):
        now = time.monotonic()
        window = self._hits[key]
        while window and now - window[0] > 60:
            window.popleft()
        if len(window) >= self.per_minute:
            return False
        window.append(now)
        return True


rate_limiter = _TenantRateLimiter()


class BaseHandler(tornado.web.RequestHandler):
    """Shared helpers. Clients come from the Application (see app.py)."""

    rate_limited = True

    def prepare(self):
        if self.rate_limited and self.request.method == "POST":
            key = self.request.headers.get("X-Tenant-Id") or self.request.remote_ip
            if not rate_limiter.allow(key):
                raise tornado.web.HTTPError(429, reason="rate limit exceeded")

    def on_finish(self):
        took = self.request.request_time() * 1000
        if took > 5000:
            log.warning("slow request %s %s took %.0fms",
                        self.request.method, self.request.path, took)

    def set_default_headers(self):
        self.set_header("Content-Type", "application/json; charset=UTF-8")

    # --- shared clients --------------------------------------------------
    @property
    def openai(self):
        return self.application.clients.openai

    @property
    def anthropic(self):
        return self.application.clients.anthropic

    @property
    def xai(self):
        return self.application.clients.xai

    @property
    def tickets(self):
        return self.application.tickets

    # --- request helpers -------------------------------------------------
    @property
    def tenant_id(self):
        tenant = self.request.headers.get("X-Tenant-Id")
        if not tenant:
            raise tornado.web.HTTPError(400, reason="missing X-Tenant-Id")
        return tenant

    def json_body(self):
        try:
            return json.loads(self.request.body or b"{}")
        except ValueError:
            raise tornado.web.HTTPError(400, reason="invalid JSON")

    def write_json(self, obj, status=200):
        self.set_status(status)
        self.finish(json.dumps(obj, default=str))

    def write_error(self, status_code, **kwargs):
        payload = {"error": self._reason, "status": status_code}
        if self.settings.get("debug") and "exc_info" in kwargs:
            payload["trace"] = repr(kwargs["exc_info"][1])
        self.finish(json.dumps(payload))


class AdminHandler(BaseHandler):
    rate_limited = False

    def prepare(self):
        token = self.request.headers.get("Authorization", "")
        if token != "Bearer " + self.settings.get("admin_token", "dev-admin"):
            raise tornado.web.HTTPError(403)
