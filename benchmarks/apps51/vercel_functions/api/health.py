"""GET /api/health"""
import time
from http.server import BaseHTTPRequestHandler

from lib.config import settings
from lib.edge_cache import kv, no_store
from lib.http_utils import send_json
from lib.llm import get_openai, get_together

STARTED = time.time()


class handler(BaseHTTPRequestHandler):
    def do_GET(self):
        # Constructing the clients is cheap and surfaces config errors early;
        # we deliberately don't call the APIs from a health check.
        checks = {}
        for name, getter in (("openai", get_openai), ("together", get_together)):
            try:
                getter()
                checks[name] = "configured"
            except Exception as exc:  # noqa: BLE001
                checks[name] = f"error: {exc}"
        send_json(
            self,
            200,
            {
                "ok": True,
                "env": settings.vercel_env,
                "uptime_s": int(time.time() - STARTED),
                "kv": kv.enabled,
                "clients": checks,
            },
            headers=no_store(),
        )
