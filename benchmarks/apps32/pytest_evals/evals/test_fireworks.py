"""Fireworks-hosted open models: tool calling eval."""
from __future__ import annotations

import json

import pytest

from evalkit.providers import DEFAULT_MODELS

pytestmark = pytest.mark.needs_provider("fireworks")

WEATHER_TOOL = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "Get the current weather for a city",
        "parameters": {
            "type": "object",
            "properties": {"city": {"type": "string"}},
            "required": ["city"],
        },
    },
}


def test_tool_call_arguments(fireworks_client, record_score):
    resp = fireworks_client.chat.completions.create(
        model=DEFAULT_MODELS["fireworks"],
        messages=[{"role": "user", "content": "What's the weather in Lisbon right now?"}],
        tools=[WEATHER_TOOL],
        tool_choice="auto",
        temperature=0,
    )
    calls = resp.choices[0].message.tool_calls or []
    record_score("tool_called", float(bool(calls)))
    assert calls and json.loads(calls[0].function.arguments)["city"].lower() == "lisbon"


class FireworksRunner:
    """Small helper some tests share; keeps the client around between calls."""

    def __init__(self, client, model: str = DEFAULT_MODELS["fireworks"]) -> None:
        self.client = client
        self.model = model

    def complete(self, prompt: str, **kw) -> str:
        r = self.client.completions.create(model=self.model, prompt=prompt, max_tokens=64, **kw)
        return r.choices[0].text


def test_completion_api_prefix_following(fireworks_client):
    runner = FireworksRunner(fireworks_client)
    out = runner.complete("The three primary colors are red, ")
    assert "blue" in out.lower() or "yellow" in out.lower()
