"""Hook callables and tool classes behind cherrypy.tools.auth / moderate / ratelimit."""
import threading
import time

import cherrypy

from portal.services import moderation_service


def require_login(admin=False):
    customer_id = cherrypy.session.get("customer_id")
    if customer_id is None:
        if cherrypy.request.headers.get("Accept", "").startswith("application/json"):
            raise cherrypy.HTTPError(401, "login required")
        raise cherrypy.HTTPRedirect("/login?next=%s" % cherrypy.url(qs=cherrypy.request.query_string))
    if admin and not cherrypy.session.get("is_admin"):
        raise cherrypy.HTTPError(403)
    cherrypy.request.customer_id = customer_id


def moderate_input(field="message"):
    """Reject requests whose free-text field fails moderation."""
    text = cherrypy.request.params.get(field)
    if not text and getattr(cherrypy.request, "json", None):
        text = cherrypy.request.json.get(field)
    if not text:
        return
    if moderation_service.moderate(text):
        raise cherrypy.HTTPError(422, "Message rejected by content policy")


class RateLimitTool(cherrypy.Tool):
    def __init__(self):
        super().__init__("before_handler", self.check, priority=30)
        self._buckets = {}
        self._lock = threading.Lock()

    def check(self, per_minute=20):
        key = cherrypy.session.id
        now = time.monotonic()
        with self._lock:
            tokens, last = self._buckets.get(key, (per_minute, now))
            tokens = min(per_minute, tokens + (now - last) * per_minute / 60.0)
            if tokens < 1:
                cherrypy.response.headers["Retry-After"] = "10"
                raise cherrypy.HTTPError(429, "Slow down")
            self._buckets[key] = (tokens - 1, now)
