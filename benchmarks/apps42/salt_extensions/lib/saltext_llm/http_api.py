"""
requests-based client for the Anthropic Messages API. Used by the legacy
``llm_http`` execution module on minions where the anthropic SDK can't be
installed (py3.6 on CentOS 7 boxes - remove when those are gone).
"""
import os

import requests

API_URL = "https://api.anthropic.com/v1/messages"


class ClaudeHTTP:
    def __init__(self, api_key=None, timeout=60):
        self.session = requests.Session()
        self.session.headers.update(
            {
                "x-api-key": api_key or os.environ.get("ANTHROPIC_API_KEY", ""),
                "anthropic-version": "2023-06-01",
                "content-type": "application/json",
            }
        )
        self.timeout = timeout

    def messages(self, prompt, model="claude-3-5-haiku-latest", max_tokens=512, system=None):
        body = {
            "model": model,
            "max_tokens": max_tokens,
            "messages": [{"role": "user", "content": prompt}],
        }
        if system:
            body["system"] = system
        resp = self.session.post(API_URL, json=body, timeout=self.timeout)
        resp.raise_for_status()
        data = resp.json()
        return "".join(b.get("text", "") for b in data.get("content", []))

    def close(self):
        self.session.close()
