"""Pre-SDK code path from 0.3, when we could not rely on the openai package
being installed inside Inkscape's bundled Python on Windows.

Still used by ``ai_alt_text_legacy.py``. TODO(marta): delete after 1.0.
"""

import json
import urllib.request

import requests

from .settings import load_settings

OPENAI_URL = "https://api.openai.com/v1/chat/completions"
ANTHROPIC_URL = "https://api.anthropic.com/v1/messages"


def chat_openai(prompt, model="gpt-4o-mini", max_tokens=256):
    key = load_settings().key_for("openai")
    r = requests.post(
        OPENAI_URL,
        headers={"Authorization": f"Bearer {key}"},
        json={"model": model,
              "max_tokens": max_tokens,
              "messages": [{"role": "user", "content": prompt}]},
        timeout=60,
    )
    r.raise_for_status()
    return r.json()["choices"][0]["message"]["content"]


def chat_anthropic_urllib(prompt, model="claude-3-5-haiku-latest", max_tokens=256):
    """Zero-dependency fallback (urllib only)."""
    key = load_settings().key_for("anthropic")
    body = json.dumps({
        "model": model,
        "max_tokens": max_tokens,
        "messages": [{"role": "user", "content": prompt}],
    }).encode("utf-8")
    req = urllib.request.Request(
        ANTHROPIC_URL,
        data=body,
        method="POST",
        headers={"x-api-key": key,
                 "anthropic-version": "2023-06-01",
                 "content-type": "application/json"},
    )
    with urllib.request.urlopen(req, timeout=60) as resp:
        data = json.loads(resp.read().decode("utf-8"))
    return "".join(b.get("text", "") for b in data.get("content", []))


def check_update(current_version):
    """GET to our own release feed; not an LLM call."""
    r = requests.get("https://gitlab.com/api/v4/projects/inkscape-ai-tools/releases",
                     timeout=10)
    if r.ok and r.json():
        return r.json()[0]["tag_name"] != current_version
    return False
