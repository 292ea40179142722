"""Model listing and token counting for the settings panel."""
from __future__ import annotations

import tornado

from ..providers.registry import get_provider
from .base import BaseAIHandler


class ModelsHandler(BaseAIHandler):
    @tornado.web.authenticated
    async def get(self):
        out = {}
        if "openai" in self.clients:
            page = await self.clients["openai"].models.list()
            out["openai"] = sorted(m.id for m in page.data)
        if "anthropic" in self.clients:
            page = await self.clients["anthropic"].models.list(limit=50)
            out["anthropic"] = [m.id for m in page.data]
        if "google" in self.clients:
            pager = await self.clients["google"].aio.models.list()
            out["google"] = [m.name async for m in pager]
        if "ollama" in self.clients:
            listing = await self.clients["ollama"].list()
            out["ollama"] = [m["model"] for m in listing["models"]]
        self.finish({"models": out, "default": self.settings["ai_default_provider"]})


class TokenCountHandler(BaseAIHandler):
    """Shows a token estimate next to the prompt box. Not billed."""

    @tornado.web.authenticated
    async def post(self):
        body = self.json_body()
        text = self.require(body, "text")
        provider = body.get("provider", "anthropic")
        messages = [{"role": "user", "content": text}]
        if provider == "anthropic":
            res = await self.client_for("anthropic").messages.count_tokens(
                model=self.model_for("anthropic"), messages=messages
            )
            count = res.input_tokens
        elif provider == "google":
            prov = get_provider("google", self.clients)
            count = await prov.count_tokens(messages)
        else:
            # tiktoken-free heuristic, good enough for a UI hint
            count = max(1, len(text) // 4)
        cost = self.settings["ai_cost_table"].estimate(provider, self.model_for(provider), count, 0)
        self.finish({"tokens": count, "estimated_cost_usd": cost})


class UsageHandler(BaseAIHandler):
    @tornado.web.authenticated
    def get(self):
        tracker = self.tracker
        if tracker is None:
            self.finish({"enabled": False, "rows": []})
            return
        rows = tracker.summary()
        table = self.settings["ai_cost_table"]
        for row in rows:
            row["cost_usd"] = table.estimate(
                row["provider"], row["model"], row["input_tokens"], row["output_tokens"]
            )
        self.finish({"enabled": True, "rows": rows})
