"""Legacy TorchServe-era handler, still deployed for the search team's
``/v1/legacy/complete`` route. Pinned to openai==0.28; do not add features.

TODO(mlplat-290): delete once search migrates to the KServe chat predictor.
"""
import logging
import os

import openai
import requests

logger = logging.getLogger(__name__)

openai.api_key = os.getenv("OPENAI_API_KEY")
OPENAI_BASE = "https://api.openai.com/v1"


class LegacyCompletionHandler:
    def __init__(self, model="gpt-3.5-turbo"):
        self.model = model
        self.initialized = False

    def initialize(self, context=None):
        self.initialized = True

    def handle(self, data, context=None):
        out = []
        for row in data:
            body = row.get("body") or row.get("data") or {}
            prompt = body.get("prompt", "")
            resp = openai.ChatCompletion.create(
                model=self.model,
                messages=[{"role": "user", "content": prompt}],
                temperature=0,
            )
            out.append(resp["choices"][0]["message"]["content"])
        return out

    def embed(self, texts):
        resp = openai.Embedding.create(model="text-embedding-ada-002", input=texts)
        return [d["embedding"] for d in resp["data"]]


def complete_via_http(prompt, model="gpt-3.5-turbo-instruct", max_tokens=256):
    """Used by the cron job that can't import openai (old base image)."""
    r = requests.post(
        f"{OPENAI_BASE}/completions",
        headers={"Authorization": f"Bearer {os.environ['OPENAI_API_KEY']}"},
        json={"model": model, "prompt": prompt, "max_tokens": max_tokens},
        timeout=60,
    )
    r.raise_for_status()
    return r.json()["choices"][0]["text"]
