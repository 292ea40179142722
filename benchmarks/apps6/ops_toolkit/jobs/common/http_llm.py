"""Direct HTTP access to the Fireworks completions endpoint.

Used for the raw-prompt (non-chat) Llama models where we need `echo` and
`logprobs`, which the job runner image's SDK version does not expose.
"""
from __future__ import annotations

import os

import requests

from opskit.config import FIREWORKS_API_BASE, get_settings


def _headers() -> dict:
    key = get_settings().fireworks_api_key or os.environ.get("FIREWORKS_API_KEY", "")
    return {"Authorization": f"Bearer {key}", "Content-Type": "application/json"}


def raw_completion(prompt: str, model: str, max_tokens: int = 256, logprobs: int = 0) -> dict:
    body = {"model": model, "prompt": prompt, "max_tokens": max_tokens, "temperature": 0}
    if logprobs:
        body["logprobs"] = logprobs
        body["echo"] = True
    resp = requests.post(f"{FIREWORKS_API_BASE}/completions", headers=_headers(), json=body, timeout=90)
    resp.raise_for_status()
    return resp.json()
