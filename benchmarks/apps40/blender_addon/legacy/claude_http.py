"""Raw HTTP call to Claude, from before the anthropic SDK was in our Blender build."""

import json
import os

import requests

API_URL = "https://api.anthropic.com/v1/messages"


def complete(prompt, model="claude-3-haiku-20240307", max_tokens=1024, api_key=None):
    headers = {
        "x-api-key": api_key or os.environ["ANTHROPIC_API_KEY"],
        "anthropic-version": "2023-06-01",
        "content-type": "application/json",
    }
    body = {"model": model, "max_tokens": max_tokens, "messages": [{"role": "user", "content": prompt}]}
    resp = requests.post(API_URL, headers=headers, data=json.dumps(body), timeout=90)
    resp.raise_for_status()
    return resp.json()["content"][0]["text"]


def list_models(api_key=None):
    resp = requests.get(
        "https://api.anthropic.com/v1/models",
        headers={"x-api-key": api_key or os.environ["ANTHROPIC_API_KEY"], "anthropic-version": "2023-06-01"},
        timeout=30,
    )
    return [m["id"] for m in resp.json()["data"]]
