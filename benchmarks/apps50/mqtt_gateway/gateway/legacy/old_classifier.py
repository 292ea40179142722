"""Original anomaly classifier (v0.3).

Written before the services/ package existed: it configures the openai
module globally and, for the air-gapped proxy at site B, posts raw JSON.
"""
from __future__ import annotations

import json
import logging
import os

import openai
import requests

log = logging.getLogger(__name__)

openai.api_key = os.environ.get("OPENAI_API_KEY")

PROXY_URL = os.environ.get("SITE_B_LLM_PROXY", "https://api.openai.com/v1/chat/completions")
LEGACY_MODEL = "gpt-3.5-turbo"

LABELS = ["spike", "drift", "stuck", "dropout", "noise", "normal"]


def classify(values: list[float], sensor: str) -> str:
    prompt = (
        f"Sensor {sensor} values: {values[-40:]}. "
        f"Answer with exactly one word from {LABELS}."
    )
    resp = openai.chat.completions.create(
        model=LEGACY_MODEL,
        messages=[{"role": "user", "content": prompt}],
        max_tokens=3,
        temperature=0,
    )
    word = (resp.choices[0].message.content or "").strip().lower()
    return word if word in LABELS else "noise"


def classify_via_proxy(values: list[float], sensor: str) -> str:
    body = {
        "model": LEGACY_MODEL,
        "messages": [
            {"role": "user", "content": f"Sensor {sensor}: {values[-40:]}. One word from {LABELS}."}
        ],
        "max_tokens": 3,
    }
    r = requests.post(
        PROXY_URL,
        headers={"Authorization": f"Bearer {openai.api_key}", "Content-Type": "application/json"},
        data=json.dumps(body),
        timeout=20,
    )
    r.raise_for_status()
    word = r.json()["choices"][0]["message"]["content"].strip().lower()
    return word if word in LABELS else "noise"


def embed_signature(values: list[float]) -> list[float]:
    """v0.3 similarity used OpenAI embeddings; v0.5 moved to Voyage."""
    text = " ".join(f"{v:.2f}" for v in values[-64:])
    out = openai.embeddings.create(model="text-embedding-3-small", input=text)
    return out.data[0].embedding


def upload_training_examples(path: str) -> str:
    """Used once for a fine-tune experiment; kept for the record."""
    with open(path, "rb") as fh:
        f = openai.files.create(file=fh, purpose="fine-tune")
    log.info("uploaded %s as %s", path, f.id)
    return f.id
