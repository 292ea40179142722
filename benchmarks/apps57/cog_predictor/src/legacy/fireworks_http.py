"""Direct Fireworks HTTP judge from the first agentic prototype.

Kept because it supports ``logprobs`` on the legacy endpoint which the
OpenAI SDK path did not expose at the time.
"""
from __future__ import annotations

import os

import httpx

FIREWORKS_CHAT = "https://api.fireworks.ai/inference/v1/chat/completions"


class FireworksHTTPJudge:
    def __init__(self, model: str, api_key: str | None = None, timeout: float = 30.0) -> None:
        self.model = model
        self._http = httpx.Client(
            timeout=timeout,
            headers={"Authorization": f"Bearer {api_key or os.environ.get('FIREWORKS_API_KEY', '')}"},
        )

    def yes_probability(self, question: str) -> float:
        body = {
            "model": self.model,
            "messages": [{"role": "user", "content": question + "\nAnswer YES or NO."}],
            "max_tokens": 1,
            "logprobs": True,
            "top_logprobs": 5,
        }
        resp = self._http.post(FIREWORKS_CHAT, json=body)
        resp.raise_for_status()
        top = resp.json()["choices"][0]["logprobs"]["content"][0]["top_logprobs"]
        import math

        probs = {t["token"].strip().upper(): math.exp(t["logprob"]) for t in top}
        yes, no = probs.get("YES", 0.0), probs.get("NO", 0.0)
        return yes / (yes + no) if (yes + no) else 0.5

    def health(self) -> bool:
        r = self._http.get("https://api.fireworks.ai/inference/v1/models")
        return r.status_code == 200

    def close(self) -> None:
        self._http.close()
