"""Sidebar chat."""
from __future__ import annotations

import logging

import tornado
from tornado import web

from ..utils.prompts import CHAT_SYSTEM, build_chat_messages
from .base import BaseAIHandler

log = logging.getLogger(__name__)


class ChatHandler(BaseAIHandler):
    @tornado.web.authenticated
    async def post(self):
        body = self.json_body()
        provider = body.get("provider") or self.settings["ai_default_provider"]
        history = body.get("history", [])
        question = self.require(body, "message")
        notebook_ctx = body.get("context", "")
        messages = build_chat_messages(history, question, notebook_ctx)

        if provider == "anthropic":
            client = self.client_for("anthropic")
            msg = await client.messages.create(
                model=self.model_for("anthropic"),
                max_tokens=self.settings["ai_max_tokens"],
                system=CHAT_SYSTEM,
                messages=messages,
            )
            reply = msg.content[0].text
        elif provider == "google":
            client = self.client_for("google")
            resp = await client.aio.models.generate_content(
                model=self.model_for("google"),
                contents=[m["content"] for m in messages],
            )
            reply = resp.text
        elif provider in ("openai", "openrouter"):
            client = self.clients[provider]
            completion = await client.chat.completions.create(
                model=self.model_for(provider),
                messages=[{"role": "system", "content": CHAT_SYSTEM}, *messages],
            )
            reply = completion.choices[0].message.content
        elif provider == "ollama":
            resp = await self.clients["ollama"].chat(
                model=self.model_for("ollama"), messages=messages
            )
            reply = resp["message"]["content"]
        else:
            raise web.HTTPError(400, f"unknown provider {provider}")

        self.finish({"reply": reply, "provider": provider})
from .base import BaseAIHandler


class ModerationHandler(BaseAIHandler):
    @tornado.web.authenticated
    async def post(self):
        body = self.json_body()
        text = self.require(body, "text")
        result = await self.extensionapp.openai_client.moderations.create(
            model="omni-moderation-latest", input=text
        )
        first = result.results[0]
        self.finish(
            {
                "flagged": first.flagged,
                "categories": {k: v for k, v in first.categories.model_dump().items() if v},
            }
        )


class ChatStreamHandler(BaseAIHandler):
    """SSE variant of the chat endpoint (OpenAI-compatible providers only)."""

    @tornado.web.authenticated
    async def post(self):
        body = self.json_body()
        provider = body.get("provider") or "openrouter"
        if provider not in ("openai", "openrouter"):
            raise web.HTTPError(400, "streaming chat supports openai/openrouter only")
        messages = build_chat_messages(body.get("history", []), self.require(body, "message"))
        self.set_header("Content-Type", "text/event-stream")
        client = self.client_for(provider)
        stream = await client.chat.completions.create(
            model=self.model_for(provider),
            messages=[{"role": "system", "content": CHAT_SYSTEM}, *messages],
            stream=True,
        )
        async for chunk in stream:
            if not chunk.choices:
                continue
            delta = chunk.choices[0].delta.content
            if delta:
                self.write_sse("delta", {"text": delta})
                await self.flush()
        self.write_sse("done", {})
        self.finish()
