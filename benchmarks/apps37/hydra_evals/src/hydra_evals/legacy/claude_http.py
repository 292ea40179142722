# Pre-SDK Anthropic access via plain HTTP. Used by the 2023 red-team pipeline.
import os

import requests

API_URL = "https://api.anthropic.com/v1/messages"
HEADERS = {
    "x-api-key": os.environ.get("ANTHROPIC_API_KEY", ""),
    "anthropic-version": "2023-06-01",
    "content-type": "application/json",
}


def claude(prompt, model="claude-2.1", max_tokens=1024, temperature=0.0):
    payload = {
        "model": model,
        "max_tokens": max_tokens,
        "temperature": temperature,
        "messages": [{"role": "user", "content": prompt}],
    }
    r = requests.post(API_URL, headers=HEADERS, json=payload, timeout=120)
    r.raise_for_status()
    return r.json()["content"][0]["text"]


def list_models():
    r = requests.get("https://api.anthropic.com/v1/models", headers=HEADERS, timeout=30)
    r.raise_for_status()
    return [m["id"] for m in r.json()["data"]]
