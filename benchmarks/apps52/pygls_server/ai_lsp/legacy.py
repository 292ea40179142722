"""Code from the 0.1/0.2 prototype: raw-HTTP explain and the instruct-model
completion provider. Still wired in for clients that send the old
`aiLsp.explainLegacy` command; slated for removal in 0.4."""
from __future__ import annotations

import json
import os
from typing import Iterator

import httpx
import requests

from ai_lsp.backends.openai_backend import get_openai_client
from ai_lsp.server import server

ANTHROPIC_URL = "https://api.anthropic.com/v1/messages"
OLLAMA_URL = os.environ.get("OLLAMA_URL", "http://localhost:11434")


def explain_via_http(code: str, model: str = "claude-3-haiku-20240307") -> str:
    headers = {
        "x-api-key": os.environ["ANTHROPIC_API_KEY"],
        "anthropic-version": "2023-06-01",
        "content-type": "application/json",
    }
    body = {
        "model": model,
        "max_tokens": 800,
        "messages": [{"role": "user", "content": f"Explain this code:\n\n{code}"}],
    }
    r = httpx.post(ANTHROPIC_URL, headers=headers, json=body, timeout=60.0)
    r.raise_for_status()
    return r.json()["content"][0]["text"]


def explain_via_local(code: str, model: str = "codellama:7b") -> str:
    r = requests.post(
        f"{OLLAMA_URL}/api/generate",
        data=json.dumps({"model": model, "prompt": f"Explain this code:\n\n{code}", "stream": False}),
        timeout=120,
    )
    r.raise_for_status()
    return r.json()["response"]


def fetch_local_tags() -> list[str]:
    r = requests.get(f"{OLLAMA_URL}/api/tags", timeout=5)
    return [m["name"] for m in r.json().get("models", [])]


@server.command("aiLsp.explainLegacy")
def explain_legacy(ls, args):
    code = args[0] if args else ""
    if not code:
        return None
    try:
        return {"markdown": explain_via_http(code)}
    except (KeyError, httpx.HTTPError):
        return {"markdown": explain_via_local(code)}


# --- completion provider (pre-registry; used by --legacy-completions) ---


class LegacyCompletionProvider:
    model = "gpt-3.5-turbo-instruct"

    def __init__(self, client=None, max_tokens: int = 64) -> None:
        self._client = client or get_openai_client()
        self.max_tokens = max_tokens

    def completion(self, prefix: str, suffix: str = "") -> str:
        resp = self._client.completions.create(
            model=self.model,
            prompt=prefix,
            suffix=suffix or None,
            max_tokens=self.max_tokens,
            temperature=0,
        )
        return resp.choices[0].text

    def completion_stream(self, prefix: str) -> Iterator[str]:
        for chunk in self._client.completions.create(
            model=self.model, prompt=prefix, max_tokens=self.max_tokens, stream=True
        ):
            yield chunk.choices[0].text


def complete_line(provider: LegacyCompletionProvider, line_prefix: str) -> str:
    text = provider.completion(line_prefix)
    return text.split("\n", 1)[0]
