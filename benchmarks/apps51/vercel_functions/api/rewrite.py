"""POST /api/rewrite — fast rewrites on Together (Llama)."""
import functools
from http.server import BaseHTTPRequestHandler

from lib.auth import client_ip
from lib.config import settings
from lib.http_utils import BadRequest, read_json, send_error_json, send_json
from lib.llm import get_together
from lib.prompts import REWRITE_SYSTEM, render
from lib.rate_limit import limiter

TONES = {"formal", "casual", "concise", "friendly", "persuasive"}


class handler(BaseHTTPRequestHandler):
    def do_POST(self):
        if not limiter.check(client_ip(self.headers)).allowed:
            send_error_json(self, 429, "rate limited")
            return
        try:
            body = read_json(self)
        except BadRequest as exc:
            send_error_json(self, 400, str(exc))
            return

        text = (body.get("text") or "").strip()
        tone = body.get("tone", "concise")
        if not text or tone not in TONES:
            send_error_json(self, 400, "text and a valid tone are required")
            return

        together = get_together()
        variants = int(body.get("variants", 1))
        if variants > 1:
            rewrite = functools.partial(
                together.chat.completions.create,
                model=settings.together_model,
                temperature=0.9,
            )
            outputs = []
            for _ in range(min(variants, 3)):
                resp = rewrite(
                    messages=[
                        {"role": "system", "content": render(REWRITE_SYSTEM, tone=tone)},
                        {"role": "user", "content": text},
                    ]
                )
                outputs.append(resp.choices[0].message.content)
            send_json(self, 200, {"variants": outputs})
            return

        resp = together.chat.completions.create(
            model=settings.together_model,
            messages=[
                {"role": "system", "content": render(REWRITE_SYSTEM, tone=tone)},
                {"role": "user", "content": text},
            ],
            temperature=0.3,
        )
        send_json(self, 200, {"text": resp.choices[0].message.content})
