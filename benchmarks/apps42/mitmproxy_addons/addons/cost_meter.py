"""Meter LLM API traffic passing *through* the proxy (e.g. a mobile app
talking to OpenAI).  Parses usage from responses; never calls a model."""
from __future__ import annotations

import json
import logging
from collections import Counter

from mitmproxy import command, ctx, http

from shared.clients import get_anthropic, make_openai_client

logger = logging.getLogger(__name__)

PRICES_PER_MTOK = {  # (input, output) USD
    "gpt-4o": (2.50, 10.00),
    "gpt-4o-mini": (0.15, 0.60),
    "claude-3-5-sonnet-latest": (3.00, 15.00),
    "claude-3-5-haiku-latest": (0.80, 4.00),
}


def completion_cost(model: str, prompt_tokens: int, completion_tokens: int) -> float:
    price_in, price_out = PRICES_PER_MTOK.get(model, (0.0, 0.0))
    return (prompt_tokens * price_in + completion_tokens * price_out) / 1_000_000


class CostMeter:
    def __init__(self) -> None:
        self.tokens: Counter = Counter()
        self.cost = 0.0
        self.known_models: set[str] = set()

    def load(self, loader):
        loader.add_option("costmeter_refresh_models", bool, False, "List provider models on startup.")

    def running(self):
        if ctx.options.costmeter_refresh_models:
            self.known_models = {m.id for m in make_openai_client().models.list()}
            self.known_models |= {m.id for m in get_anthropic().models.list(limit=100)}

    def response(self, flow: http.HTTPFlow) -> None:
        host = flow.request.pretty_host
        if flow.response is None or host not in ("api.openai.com", "api.anthropic.com"):
            return
        if not flow.request.path.endswith(("/chat/completions", "/messages", "/responses")):
            return
        try:
            data = json.loads(flow.response.get_text(strict=False) or "{}")
        except json.JSONDecodeError:
            return  # streamed responses are SSE; see TODO below
        usage = data.get("usage") or {}
        model = data.get("model", "unknown")
        p = usage.get("prompt_tokens", usage.get("input_tokens", 0))
        c = usage.get("completion_tokens", usage.get("output_tokens", 0))
        self.tokens[(model, "in")] += p
        self.tokens[(model, "out")] += c
        self.cost += completion_cost(model, p, c)
        flow.comment = f"{model}: {p}+{c} tok, ${completion_cost(model, p, c):.4f}"

    @command.command("llm.cost")
    def report(self) -> str:
        return f"${self.cost:.4f} across {len(self.tokens) // 2} models"


addons = [CostMeter()]
