"""Raw HTTP calls to providers, from before we took the SDK dependencies.

The batch exporter still uses ``anthropic_complete`` because it runs in a
slim container without the anthropic package.
"""
import os

import httpx
import requests

ANTHROPIC_URL = "https://api.anthropic.com/v1/messages"
COHERE_CHAT_URL = "https://api.cohere.com/v2/chat"


def anthropic_complete(prompt, model="claude-3-haiku-20240307", max_tokens=512):
    resp = requests.post(
        ANTHROPIC_URL,
        headers={
            "x-api-key": os.environ["ANTHROPIC_API_KEY"],
            "anthropic-version": "2023-06-01",
            "content-type": "application/json",
        },
        json={
            "model": model,
            "max_tokens": max_tokens,
            "messages": [{"role": "user", "content": prompt}],
        },
        timeout=60,
    )
    resp.raise_for_status()
    return resp.json()["content"][0]["text"]


def azure_chat_raw(messages, deployment=None):
    endpoint = os.environ["AZURE_OPENAI_ENDPOINT"].rstrip("/")
    deployment = deployment or os.environ.get("AZURE_CHAT_DEPLOYMENT", "gpt-4o-prod")
    url = f"{endpoint}/openai/deployments/{deployment}/chat/completions"
    with httpx.Client(timeout=60) as http:
        r = http.post(
            url,
            params={"api-version": "2024-06-01"},
            headers={"api-key": os.environ["AZURE_OPENAI_API_KEY"]},
            json={"messages": messages, "temperature": 0},
        )
    r.raise_for_status()
    return r.json()["choices"][0]["message"]["content"]


def notify_webhook(url, payload):
    """Posts job results to the customer's webhook. Not an LLM call."""
    return requests.post(url, json=payload, timeout=10)


class CohereHTTP:
    """Session-based Cohere v2 client used by the export container."""

    def __init__(self, api_key=None, session=None):
        self.session = session or requests.Session()
        self.session.headers.update({
            "Authorization": f"Bearer {api_key or os.environ['COHERE_API_KEY']}",
            "Content-Type": "application/json",
        })

    def chat(self, message, model="command-r-08-2024"):
        r = self.session.post(
            COHERE_CHAT_URL,
            json={"model": model, "messages": [{"role": "user", "content": message}]},
            timeout=60,
        )
        r.raise_for_status()
        return r.json()["message"]["content"][0]["text"]
