# coding=utf-8
"""Pre-SDK helper from 0.2/0.3. Still used by the "classic" explain button
when ``legacy_mode`` is on (some users run OctoPi images where pip could not
build the openai wheel's dependencies)."""
from __future__ import absolute_import, unicode_literals

import logging

import requests

_logger = logging.getLogger("octoprint.plugins.aiassist.legacy")

API_URL = "https://api.openai.com/v1/chat/completions"
OLLAMA_URL = "http://localhost:11434/api/generate"


def ask_openai(api_key, prompt, model="gpt-3.5-turbo", timeout=60):
    headers = {"Authorization": "Bearer " + api_key, "Content-Type": "application/json"}
    body = {
        "model": model,
        "messages": [{"role": "user", "content": prompt}],
        "temperature": 0.3,
    }
    resp = requests.post(API_URL, headers=headers, json=body, timeout=timeout)
    if resp.status_code != 200:
        _logger.error("OpenAI returned %s: %s", resp.status_code, resp.text[:300])
        resp.raise_for_status()
    return resp.json()["choices"][0]["message"]["content"]


def ask_ollama(prompt, model="llama2", host_url=OLLAMA_URL):
    resp = requests.post(host_url, json={"model": model, "prompt": prompt, "stream": False}, timeout=300)
    resp.raise_for_status()
    return resp.json()["response"]


def check_key(api_key):
    """Used by the settings page "Test" button. Listing models is free."""
    resp = requests.get("https://api.openai.com/v1/models",
                        headers={"Authorization": "Bearer " + api_key}, timeout=10)
    return resp.status_code == 200
