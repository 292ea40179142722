"""POST /api/conversations — start a conversation; GET lists its messages."""
from http.server import BaseHTTPRequestHandler

from lib.auth import bearer_token
from lib.db import conversations
from lib.http_utils import BadRequest, query_params, read_json, send_error_json, send_json
from lib.llm.pricing import count_message_tokens


class handler(BaseHTTPRequestHandler):
    def do_POST(self):
        user = bearer_token(self.headers)
        if not user:
            send_error_json(self, 401, "unauthorized")
            return
        try:
            body = read_json(self)
        except BadRequest as exc:
            send_error_json(self, 400, str(exc))
            return
        conv_id = conversations.create(user_id=user, title=body.get("title"))
        send_json(self, 201, {"id": conv_id})

    def do_GET(self):
        conv_id = query_params(self).get("id")
        if not conv_id:
            send_error_json(self, 400, "id is required")
            return
        history = conversations.history(conv_id, limit=100)
        send_json(self, 200, {"messages": history, "tokens": count_message_tokens(history)})
