"""POST /api/moderate — screen user content before it is published to a shared space."""
import os
from http.server import BaseHTTPRequestHandler

from openai import OpenAI

from lib.http_utils import BadRequest, read_json, send_error_json, send_json

# This endpoint predates lib/llm/clients.py and keeps its own client.
client = OpenAI(api_key=os.environ.get("OPENAI_API_KEY"))


def moderate(text: str) -> dict:
    result = client.moderations.create(model="omni-moderation-latest", input=text)
    first = result.results[0]
    flagged = [name for name, hit in first.categories.model_dump().items() if hit]
    return {"flagged": first.flagged, "categories": flagged}


class handler(BaseHTTPRequestHandler):
    def do_POST(self):
        try:
            body = read_json(self)
        except BadRequest as exc:
            send_error_json(self, 400, str(exc))
            return
        text = body.get("text")
        if not text:
            send_error_json(self, 400, "text is required")
            return
        send_json(self, 200, moderate(text))
