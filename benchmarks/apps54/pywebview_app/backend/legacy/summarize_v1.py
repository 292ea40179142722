"""Original summariser (0.4). Still used by the 'Quick summary' context menu item.

TODO(marta): port to Clipper.summarise_text and delete.
"""
import json
import os

import requests

OPENAI_URL = "https://api.openai.com/v1/chat/completions"
ANTHROPIC_URL = "https://api.anthropic.com/v1/messages"


def _key(name):
    from backend.settings import load_settings
    return getattr(load_settings().keys, name) or os.environ.get(name.upper() + "_API_KEY", "")


def quick_summary(text, model="gpt-4o-mini"):
    payload = {
        "model": model,
        "messages": [
            {"role": "system", "content": "Summarise in 3 sentences."},
            {"role": "user", "content": text[:12000]},
        ],
        "temperature": 0.3,
    }
    r = requests.post(
        OPENAI_URL,
        headers={"Authorization": "Bearer " + _key("openai"), "Content-Type": "application/json"},
        data=json.dumps(payload),
        timeout=60,
    )
    r.raise_for_status()
    return r.json()["choices"][0]["message"]["content"]


def quick_summary_claude(text):
    r = requests.post(ANTHROPIC_URL, headers={
        "x-api-key": _key("anthropic"),
        "anthropic-version": "2023-06-01",
        "content-type": "application/json",
    }, json={
        "model": "claude-3-haiku-20240307",
        "max_tokens": 400,
        "messages": [{"role": "user", "content": "Summarise in 3 sentences:\n\n" + text[:12000]}],
    }, timeout=60)
    r.raise_for_status()
    return r.json()["content"][0]["text"]


def _chunks(text, size=8000, overlap=400):
    i = 0
    while i < len(text):
        yield text[i:i + size]
        i += size - overlap


def long_summary(text, model="gpt-4o-mini"):
    """Map-reduce summary for long PDFs. Each chunk is summarised, then the summaries."""
    partials = []
    for chunk in _chunks(text):
        partials.append(quick_summary(chunk, model=model))
    if len(partials) == 1:
        return partials[0]
    joined = "\n".join(partials)
    resp = requests.post(
        OPENAI_URL,
        headers={"Authorization": "Bearer " + _key("openai")},
        json={
            "model": model,
            "messages": [
                {"role": "system", "content": "Combine these partial summaries into one summary of 5 sentences."},
                {"role": "user", "content": joined},
            ],
        },
        timeout=120,
    )
    resp.raise_for_status()
    return resp.json()["choices"][0]["message"]["content"]
