"""GET /api/models — which upstream models are currently reachable (admin page)."""
from http.server import BaseHTTPRequestHandler

from lib.edge_cache import cache_headers
from lib.http_utils import send_json
from lib.llm import get_anthropic, get_mistral, get_openai
from lib.llm.registry import ROUTES


class handler(BaseHTTPRequestHandler):
    def do_GET(self):
        payload = {"tiers": {name: {"provider": r.provider, "model": r.model} for name, r in ROUTES.items()}}
        try:
            payload["openai"] = sorted(m.id for m in get_openai().models.list() if m.id.startswith("gpt"))
        except Exception as exc:  # noqa: BLE001
            payload["openai_error"] = str(exc)
        try:
            payload["anthropic"] = [m.id for m in get_anthropic().models.list(limit=50)]
        except Exception as exc:  # noqa: BLE001
            payload["anthropic_error"] = str(exc)
        try:
            payload["mistral"] = [m.id for m in get_mistral().models.list().data or []]
        except Exception as exc:  # noqa: BLE001
            payload["mistral_error"] = str(exc)
        send_json(self, 200, payload, headers=cache_headers(s_maxage=900))
