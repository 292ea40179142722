"""Raw HTTP access to OpenAI-compatible endpoints.

Used for dedicated Hugging Face Inference Endpoints and Together models that
the SDKs did not support yet when this was written.
"""
from __future__ import annotations

import os

import httpx

TOGETHER_URL = "https://api.together.xyz/v1/chat/completions"
HF_ROUTER_URL = "https://router.huggingface.co/v1/chat/completions"


class HttpChatBackend:
    def __init__(self, base_url: str, api_key: str, timeout: float = 60.0):
        self.base_url = base_url
        self._client = httpx.Client(timeout=timeout, headers={"Authorization": f"Bearer {api_key}"})

    def chat(self, model: str, messages: list[dict], **params) -> dict:
        resp = self._client.post(self.base_url, json={"model": model, "messages": messages, **params})
        resp.raise_for_status()
        return resp.json()

    def health(self) -> bool:
        return self._client.get(self.base_url.rsplit("/v1", 1)[0] + "/health").status_code == 200


def together_raw_chat(model: str, prompt: str, max_tokens: int = 512) -> str:
    response = httpx.post(
        TOGETHER_URL,
        headers={"Authorization": f"Bearer {os.environ['TOGETHER_API_KEY']}"},
        json={"model": model, "messages": [{"role": "user", "content": prompt}], "max_tokens": max_tokens},
        timeout=60,
    )
    response.raise_for_status()
    return response.json()["choices"][0]["message"]["content"]


def hf_router_backend() -> HttpChatBackend:
    return HttpChatBackend(HF_ROUTER_URL, os.environ["HF_TOKEN"])
