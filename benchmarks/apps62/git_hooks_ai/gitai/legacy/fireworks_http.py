"""Raw HTTP client for Fireworks, from before we used the openai SDK for it."""
from __future__ import annotations

import os

import httpx

FIREWORKS_BASE_URL = "https://api.fireworks.ai/inference/v1"


class FireworksHTTP:
    def __init__(self, api_key: str | None = None, timeout: float = 30.0):
        self._http = httpx.Client(
            base_url=FIREWORKS_BASE_URL,
            headers={"Authorization": f"Bearer {api_key or os.environ['FIREWORKS_API_KEY']}"},
            timeout=timeout,
        )

    def summarize(self, text: str, model: str = "accounts/fireworks/models/llama-v3p1-8b-instruct") -> str:
        resp = self._http.post(
            "/chat/completions",
            json={
                "model": model,
                "messages": [
                    {"role": "system", "content": "Summarise the following in 3 bullet points."},
                    {"role": "user", "content": text},
                ],
                "max_tokens": 300,
            },
        )
        resp.raise_for_status()
        return resp.json()["choices"][0]["message"]["content"]

    def close(self) -> None:
        self._http.close()
