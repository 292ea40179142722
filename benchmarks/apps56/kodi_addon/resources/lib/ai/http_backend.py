# -*- coding: utf-8 -*-
"""Plain HTTP backends.

Ollama runs on the user's LAN box, and a lot of Kodi users are on LibreELEC
where we can't pip install SDKs, so these use only `requests`
(script.module.requests is a Kodi dependency).
"""
import json

import requests

from resources.lib import kodiutils

MISTRAL_URL = "https://api.mistral.ai/v1/chat/completions"

_session = requests.Session()
_session.headers.update({"User-Agent": "plugin.video.couchpilot/0.9"})


def ollama_chat(messages, model=None, temperature=0.4):
    base = kodiutils.get_setting("ollama_url", "http://127.0.0.1:11434").rstrip("/")
    model = model or kodiutils.get_setting("ollama_model", "llama3.1:8b")
    resp = requests.post(
        base + "/api/chat",
        json={
            "model": model,
            "messages": messages,
            "stream": False,
            "options": {"temperature": temperature},
        },
        timeout=120,
    )
    resp.raise_for_status()
    data = resp.json()
    return data["message"]["content"]


def ollama_is_up():
    base = kodiutils.get_setting("ollama_url", "http://127.0.0.1:11434").rstrip("/")
    try:
        return requests.get(base + "/api/tags", timeout=3).ok
    except requests.RequestException:
        return False


def mistral_chat_raw(messages, model="mistral-small-latest", max_tokens=600):
    """SDK-free Mistral call, used when the mistralai wheel is missing (LibreELEC)."""
    api_key = kodiutils.get_setting("mistral_api_key")
    r = _session.post(
        MISTRAL_URL,
        headers={"Authorization": "Bearer " + api_key, "Content-Type": "application/json"},
        data=json.dumps({"model": model, "messages": messages, "max_tokens": max_tokens}),
        timeout=60,
    )
    r.raise_for_status()
    body = r.json()
    return body["choices"][0]["message"]["content"], body.get("usage", {})
