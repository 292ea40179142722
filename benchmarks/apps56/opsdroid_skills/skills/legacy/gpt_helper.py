"""Original GPT helper from the first version of the bot (2023).

Kept because a few channels still use `gpt ...` and `tldr`.  Do not add
features here; use skills/ask instead.
"""
import logging
import os

import openai
import requests

_LOGGER = logging.getLogger(__name__)

openai.api_key = os.environ.get("OPENAI_API_KEY")

OPENAI_CHAT_URL = "https://api.openai.com/v1/chat/completions"


def gpt(prompt, model="gpt-3.5-turbo", temperature=0.5):
    resp = openai.chat.completions.create(
        model=model,
        messages=[{"role": "user", "content": prompt}],
        temperature=temperature,
    )
    return resp.choices[0].message.content


def tldr(text, api_key=None):
    """Uses plain HTTP because this ran on a box where the SDK would not install."""
    headers = {"Authorization": f"Bearer {api_key or openai.api_key}"}
    payload = {
        "model": "gpt-4o-mini",
        "messages": [
            {"role": "system", "content": "TL;DR in three bullets."},
            {"role": "user", "content": text[:12000]},
        ],
    }
    r = requests.post(OPENAI_CHAT_URL, json=payload, headers=headers, timeout=60)
    r.raise_for_status()
    return r.json()["choices"][0]["message"]["content"]


def similar(a, b):
    resp = openai.embeddings.create(model="text-embedding-3-small", input=[a, b])
    va, vb = resp.data[0].embedding, resp.data[1].embedding
    return sum(x * y for x, y in zip(va, vb))


def status_page(url="https://status.openai.com/api/v2/status.json"):
    """Not a model call: the public status page."""
    return requests.get(url, timeout=5).json()["status"]["description"]
