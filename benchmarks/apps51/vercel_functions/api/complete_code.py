"""POST /api/complete_code — inline code completion for the snippet editor (Codestral FIM)."""
from http.server import BaseHTTPRequestHandler

from lib.edge_cache import cache_key, kv
from lib.http_utils import BadRequest, read_json, send_error_json, send_json
from lib.llm import get_mistral
from lib.llm import legacy


class handler(BaseHTTPRequestHandler):
    def do_POST(self):
        try:
            body = read_json(self)
        except BadRequest as exc:
            send_error_json(self, 400, str(exc))
            return
        prefix = body.get("prefix", "")
        suffix = body.get("suffix", "")
        key = cache_key("fim", prefix[-2000:], suffix[:500])
        hit = kv.get_json(key)
        if hit:
            send_json(self, 200, hit)
            return

        if body.get("engine") == "legacy":
            # old editor builds still send engine=legacy
            completion = legacy.openai_chat(
                f"Complete this code. Return only the missing code.\n\n{prefix}<CURSOR>{suffix}"
            )
        else:
            resp = get_mistral().fim.complete(
                model="codestral-latest",
                prompt=prefix,
                suffix=suffix,
                max_tokens=256,
                temperature=0.0,
            )
            completion = resp.choices[0].message.content
        result = {"completion": completion}
        kv.set_json(key, result, ttl=600)
        send_json(self, 200, result)
