"""Thin HTTP client for the internal LLM gateway (vLLM, OpenAI wire format).

Written before we standardised on vendor SDKs; still used by the lead scoring
job because the gateway model is free for us.
"""
import logging

import requests
from masonite.configuration import config

logger = logging.getLogger(__name__)


class GatewayError(RuntimeError):
    pass


class LLMGateway:
    def __init__(self, base_url=None, token=None, model=None, timeout=20):
        self.base_url = (base_url or config("ai.gateway.url")).rstrip("/")
        self.token = token or config("ai.gateway.token")
        self.model = model or config("ai.gateway.model")
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers.update({"Authorization": f"Bearer {self.token}"})

    def health(self) -> bool:
        try:
            return self.session.get(f"{self.base_url}/models", timeout=5).ok
        except requests.RequestException:
            return False

    def chat(self, prompt: str, max_tokens: int = 256, temperature: float = 0.0) -> str:
        resp = self.session.post(
            f"{self.base_url}/chat/completions",
            json={
                "model": self.model,
                "messages": [{"role": "user", "content": prompt}],
                "max_tokens": max_tokens,
                "temperature": temperature,
            },
            timeout=self.timeout,
        )
        if resp.status_code != 200:
            raise GatewayError(f"gateway returned {resp.status_code}: {resp.text[:200]}")
        return resp.json()["choices"][0]["message"]["content"]
