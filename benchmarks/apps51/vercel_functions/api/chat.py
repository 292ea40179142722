"""POST /api/chat — OpenAI chat, streamed as SSE unless `stream: false`."""
import logging
from http.server import BaseHTTPRequestHandler

from lib.auth import client_ip
from lib.config import settings
from lib.db import conversations
from lib.http_utils import BadRequest, read_json, send_error_json, send_json, start_sse, write_sse
from lib.llm import get_mistral, get_openai, stream_chat, stream_mistral
from lib.llm.fallback import call_with_retry
from lib.llm.multi_model_service import TaskComplexity, multi_model_service
from lib.llm.pricing import trim_history
from lib.prompts import CHAT_SYSTEM
from lib.rate_limit import limiter

log = logging.getLogger(__name__)

MAX_CONTEXT_TOKENS = 12_000
ALLOWED_MODELS = {"gpt-4o-mini", "gpt-4o"}


def build_messages(body: dict) -> list[dict]:
    history = body.get("messages") or []
    if not history and body.get("conversation_id"):
        history = conversations.history(body["conversation_id"])
    if not history:
        raise BadRequest("messages is required")
    messages = [{"role": "system", "content": CHAT_SYSTEM}] + [
        {"role": m["role"], "content": m["content"]} for m in history if m.get("role") in ("user", "assistant")
    ]
    return trim_history(messages, MAX_CONTEXT_TOKENS)


def suggest_title(first_message: str) -> str:
    """Conversation title for the sidebar; tracked via multi_model_service."""
    import asyncio

    title = asyncio.run(
        multi_model_service.generate_response(
            prompt=f"Give a 3-6 word title for a chat that starts with:\n{first_message[:500]}",
            task_type="chat_title",
            complexity=TaskComplexity.SIMPLE,
            max_tokens=20,
        )
    )
    return title.strip().strip('"')[:80]


class handler(BaseHTTPRequestHandler):
    def do_POST(self):
        rl = limiter.check(client_ip(self.headers))
        if not rl.allowed:
            send_json(self, 429, {"error": "rate limited"}, headers=rl.headers())
            return

        try:
            body = read_json(self)
            messages = build_messages(body)
        except BadRequest as exc:
            send_error_json(self, 400, str(exc))
            return

        model = body.get("model") or settings.default_chat_model
        if model not in ALLOWED_MODELS:
            model = settings.default_chat_model
        client = get_openai()

        if body.get("workspace_region") == "eu":
            # EU workspaces must not leave the EU: stream from Mistral instead.
            start_sse(self)
            write_sse(self, stream_mistral(get_mistral(), settings.mistral_model, messages))
            return

        if body.get("stream", True):
            start_sse(self)
            write_sse(self, stream_chat(client, model, messages, temperature=body.get("temperature", 0.7)))
            return

        if body.get("retry"):
            completion = call_with_retry(
                client.chat.completions.create,
                model=model,
                messages=messages,
                temperature=body.get("temperature", 0.7),
            )
        else:
            completion = client.chat.completions.create(
                model=model,
                messages=messages,
                temperature=body.get("temperature", 0.7),
            )
        reply = completion.choices[0].message.content
        if body.get("conversation_id"):
            conversations.append(body["conversation_id"], "assistant", reply, {"model": model})
            if len(messages) <= 2:
                log.info("new conversation title: %s", suggest_title(messages[-1]["content"]))
        send_json(self, 200, {"reply": reply, "model": model, "usage": completion.usage.model_dump()}, headers=rl.headers())

    def do_OPTIONS(self):
        self.send_response(204)
        self.send_header("Access-Control-Allow-Origin", settings.app_url)
        self.send_header("Access-Control-Allow-Methods", "POST, OPTIONS")
        self.send_header("Access-Control-Allow-Headers", "content-type, authorization")
        self.end_headers()
