"""Legacy: 'probe' addon from before we had SDKs in the mitmproxy venv.

Talks to the providers over plain HTTP.  Still loaded by the red-team
profile; do not add features here, port them to the SDK-based addons.
"""
from __future__ import annotations

import json
import logging
import os
import urllib.request

import httpx
import requests
from mitmproxy import ctx, http

logger = logging.getLogger(__name__)

OPENAI_URL = "https://api.openai.com/v1/chat/completions"
ANTHROPIC_URL = "https://api.anthropic.com/v1/messages"
GROQ_URL = "https://api.groq.com/openai/v1/chat/completions"
SLACK_HOOK = os.environ.get("PROBE_SLACK_WEBHOOK", "")


class RawProbe:
    def load(self, loader):
        loader.add_option("probe_backend", str, "openai", "openai | anthropic | groq")
        loader.add_option("probe_pattern", str, "/graphql", "Only probe requests whose path contains this.")

    def _ask_openai(self, prompt: str) -> str:
        r = requests.post(
            OPENAI_URL,
            headers={"Authorization": f"Bearer {os.environ['OPENAI_API_KEY']}"},
            json={"model": "gpt-4o-mini", "messages": [{"role": "user", "content": prompt}]},
            timeout=30,
        )
        r.raise_for_status()
        return r.json()["choices"][0]["message"]["content"]

    async def _ask_anthropic(self, prompt: str) -> str:
        async with httpx.AsyncClient(timeout=30) as client:
            r = await client.post(
                ANTHROPIC_URL,
                headers={
                    "x-api-key": os.environ["ANTHROPIC_API_KEY"],
                    "anthropic-version": "2023-06-01",
                },
                json={"model": "claude-3-5-haiku-latest", "max_tokens": 300,
                      "messages": [{"role": "user", "content": prompt}]},
            )
        r.raise_for_status()
        return r.json()["content"][0]["text"]

    def _ask_groq(self, prompt: str) -> str:
        body = json.dumps({"model": "llama-3.1-8b-instant",
                           "messages": [{"role": "user", "content": prompt}]}).encode()
        req = urllib.request.Request(GROQ_URL, data=body, method="POST", headers={
            "Authorization": f"Bearer {os.environ['GROQ_API_KEY']}",
            "Content-Type": "application/json",
        })
        with urllib.request.urlopen(req, timeout=30) as fh:
            return json.load(fh)["choices"][0]["message"]["content"]

    def _notify(self, text: str) -> None:
        if SLACK_HOOK:
            requests.post(SLACK_HOOK, json={"text": text}, timeout=5)

    async def request(self, flow: http.HTTPFlow) -> None:
        if ctx.options.probe_pattern not in flow.request.path:
            return
        body = flow.request.get_text(strict=False) or ""
        prompt = f"Is this GraphQL query an introspection or a mutation? Answer briefly.\n{body[:4000]}"
        backend = ctx.options.probe_backend
        if backend == "anthropic":
            answer = await self._ask_anthropic(prompt)
        elif backend == "groq":
            answer = self._ask_groq(prompt)
        else:
            answer = self._ask_openai(prompt)
        flow.comment = answer
        if "mutation" in answer.lower():
            self._notify(f"mutation seen: {flow.request.pretty_url}")


addons = [RawProbe()]
