"""POST /api/claude — Claude chat with optional tool use for the 'research' mode."""
import json
from http.server import BaseHTTPRequestHandler

from lib.auth import client_ip
from lib.config import settings
from lib.http_utils import BadRequest, read_json, send_error_json, send_json, start_sse, write_sse
from lib.llm import get_anthropic, stream_anthropic
from lib.prompts import CHAT_SYSTEM
from lib.rate_limit import expensive_limiter

SEARCH_TOOL = {
    "name": "search_docs",
    "description": "Search the user's saved documents for a query.",
    "input_schema": {
        "type": "object",
        "properties": {"query": {"type": "string"}},
        "required": ["query"],
    },
}


def _search_docs(query: str) -> str:
    # TODO: wire this to the embeddings index (lib/llm/embeddings.py)
    return json.dumps({"results": [], "query": query})


class handler(BaseHTTPRequestHandler):
    def do_POST(self):
        rl = expensive_limiter.check(client_ip(self.headers))
        if not rl.allowed:
            send_json(self, 429, {"error": "rate limited"}, headers=rl.headers())
            return
        try:
            body = read_json(self)
        except BadRequest as exc:
            send_error_json(self, 400, str(exc))
            return

        messages = body.get("messages") or []
        if not messages:
            send_error_json(self, 400, "messages is required")
            return
        model = body.get("model", settings.anthropic_model)
        anthropic_client = get_anthropic()

        if body.get("mode") == "research":
            send_json(self, 200, self._research(anthropic_client, model, messages))
            return

        if body.get("stream", True):
            start_sse(self)
            write_sse(self, stream_anthropic(anthropic_client, model, CHAT_SYSTEM, messages, max_tokens=2048))
            return

        msg = anthropic_client.messages.create(
            model=model,
            system=CHAT_SYSTEM,
            messages=messages,
            max_tokens=2048,
        )
        send_json(self, 200, {"reply": msg.content[0].text, "stop_reason": msg.stop_reason})

    def _research(self, client, model: str, messages: list[dict]) -> dict:
        turns = list(messages)
        for _ in range(4):
            msg = client.messages.create(
                model=model,
                system=CHAT_SYSTEM + "\nUse search_docs when the user refers to their documents.",
                messages=turns,
                tools=[SEARCH_TOOL],
                max_tokens=2048,
            )
            if msg.stop_reason != "tool_use":
                return {"reply": "".join(b.text for b in msg.content if b.type == "text")}
            turns.append({"role": "assistant", "content": msg.content})
            results = []
            for block in msg.content:
                if block.type == "tool_use":
                    results.append(
                        {"type": "tool_result", "tool_use_id": block.id, "content": _search_docs(**block.input)}
                    )
            turns.append({"role": "user", "content": results})
        return {"reply": "Sorry, I couldn't finish that research.", "truncated": True}
