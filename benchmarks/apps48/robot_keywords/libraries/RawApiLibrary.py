"""Keywords that hit vendor REST APIs directly.

Written before the SDKs were allowed on the CI image (QA-377). Still used by
the smoke suite to check the API gateway/proxy configuration."""
from __future__ import annotations

import os

import httpx
import requests
from robot.api.deco import keyword, library

from resources.settings import settings

ANTHROPIC_URL = "https://api.anthropic.com/v1/messages"
GEMINI_URL = "https://generativelanguage.googleapis.com/v1beta/models/{model}:generateContent"


@library(scope="GLOBAL")
class RawApiLibrary:
    ROBOT_LIBRARY_SCOPE = "GLOBAL"

    def __init__(self) -> None:
        self.http = httpx.Client(timeout=settings.request_timeout)

    @keyword("Raw Claude Request")
    def raw_claude_request(self, prompt: str, max_tokens: int = 256) -> str:
        resp = self.http.post(
            ANTHROPIC_URL,
            headers={
                "x-api-key": settings.anthropic_api_key,
                "anthropic-version": "2023-06-01",
                "content-type": "application/json",
            },
            json={
                "model": settings.anthropic_model,
                "max_tokens": int(max_tokens),
                "messages": [{"role": "user", "content": prompt}],
            },
        )
        resp.raise_for_status()
        return resp.json()["content"][0]["text"]

    @keyword("Raw Gemini Request")
    def raw_gemini_request(self, prompt: str) -> str:
        resp = requests.post(
            GEMINI_URL.format(model=settings.gemini_model),
            params={"key": settings.gemini_api_key},
            json={"contents": [{"parts": [{"text": prompt}]}]},
            timeout=settings.request_timeout,
        )
        resp.raise_for_status()
        return resp.json()["candidates"][0]["content"]["parts"][0]["text"]

    @keyword("Gateway Should Be Healthy")
    def gateway_should_be_healthy(self) -> None:
        url = os.getenv("LLM_GATEWAY_HEALTH", "https://llm-gateway.internal.example.com/healthz")
        resp = self.http.get(url)
        if resp.status_code != 200:
            raise AssertionError(f"Gateway unhealthy: {resp.status_code}")
