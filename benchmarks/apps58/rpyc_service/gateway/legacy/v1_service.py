"""v1 gateway service.  DEPRECATED: remove once reporting migrates (JIRA LLM-212).

Still mounted under the "LLMGATEWAY_V1" alias on port 18862.
"""
from __future__ import annotations

import os

import anthropic
import httpx
import requests
import rpyc

OPENAI_URL = "https://api.openai.com/v1/chat/completions"


class LegacyLLMService(rpyc.Service):
    ALIASES = ["LLMGATEWAY_V1"]

    def __init__(self) -> None:
        super().__init__()
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {os.environ['OPENAI_API_KEY']}"

    def exposed_chat(self, prompt, model="gpt-3.5-turbo", temperature=0.7):
        r = self.session.post(
            OPENAI_URL,
            json={"model": model, "messages": [{"role": "user", "content": prompt}], "temperature": temperature},
            timeout=60,
        )
        r.raise_for_status()
        return r.json()["choices"][0]["message"]["content"]

    def exposed_claude(self, prompt, max_tokens=1000):
        client = anthropic.Anthropic()
        resp = client.messages.create(
            model="claude-3-haiku-20240307",
            max_tokens=max_tokens,
            messages=[{"role": "user", "content": prompt}],
        )
        return resp.content[0].text

    def exposed_ping(self):
        return "pong"


# --- raw REST call to Gemini, from before google-genai was approved by security ---

GEMINI_URL = "https://generativelanguage.googleapis.com/v1beta/models/{model}:generateContent"


def generate(prompt: str, model: str = "gemini-1.5-flash") -> str:
    resp = httpx.post(
        GEMINI_URL.format(model=model),
        params={"key": os.environ["GEMINI_API_KEY"]},
        json={"contents": [{"parts": [{"text": prompt}]}]},
        timeout=60.0,
    )
    resp.raise_for_status()
    return resp.json()["candidates"][0]["content"]["parts"][0]["text"]


def list_models() -> list[str]:
    resp = httpx.get(
        "https://generativelanguage.googleapis.com/v1beta/models",
        params={"key": os.environ["GEMINI_API_KEY"]},
    )
    return [m["name"] for m in resp.json().get("models", [])]
