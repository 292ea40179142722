"""Helpers from the v1 macro suggester (2023).

Still imported by the macro sync job and the canned-response editor. Scheduled for removal
once both move to ReplyDraftingService -- please don't add new functions here.
"""
import logging
import os
from functools import partial
from typing import List

import httpx
from openai import AzureOpenAI

from app.settings import OPENAI_API_BASE

log = logging.getLogger(__name__)

_client = AzureOpenAI(
    azure_endpoint=os.environ.get("SUPPORT_AZURE__ENDPOINT", "https://acme-support-oai.openai.azure.com"),
    api_key=os.environ.get("SUPPORT_AZURE__API_KEY", ""),
    api_version="2024-02-01",
)
_DEPLOYMENT = os.environ.get("LEGACY_GPT_DEPLOYMENT", "gpt-35-turbo-macros")

_classify_macro = partial(_client.chat.completions.create, model=_DEPLOYMENT, temperature=0,
                          max_tokens=10)


def suggest_macro_title(macro_body: str) -> str:
    resp = _client.chat.completions.create(
        model=_DEPLOYMENT,
        messages=[
            {"role": "system", "content": "Write a short title (max 6 words) for this support macro."},
            {"role": "user", "content": macro_body},
        ],
        temperature=0.5,
    )
    return resp.choices[0].message.content.strip().strip('"')


def macro_category(macro_body: str) -> str:
    resp = _classify_macro(messages=[
        {"role": "system", "content": "Answer with one word: billing, account, bug, how_to, other."},
        {"role": "user", "content": macro_body[:3000]},
    ])
    return resp.choices[0].message.content.strip().lower()


def macro_embeddings(bodies: List[str]) -> List[List[float]]:
    resp = _client.embeddings.create(model="text-embedding-ada-002", input=bodies)
    return [d.embedding for d in resp.data]


def improve_macro_wording(macro_body: str) -> str:
    # The Azure deployment of gpt-4 was too slow for the editor; this goes straight to OpenAI.
    r = httpx.post(
        "https://api.openai.com/v1/chat/completions",
        headers={"Authorization": f"Bearer {os.environ.get('SUPPORT_OPENAI_API_KEY', '')}"},
        json={
            "model": "gpt-4o-mini",
            "messages": [
                {"role": "system", "content": "Improve the clarity of this support macro. Keep placeholders like {{name}}."},
                {"role": "user", "content": macro_body},
            ],
        },
        timeout=30,
    )
    r.raise_for_status()
    return r.json()["choices"][0]["message"]["content"]


def openai_embed(texts: List[str], model: str = "text-embedding-3-small") -> List[List[float]]:
    """Embeddings for the macro similarity index (kept on OpenAI to avoid re-embedding)."""
    with httpx.Client(timeout=60) as http:
        resp = http.post(
            f"{OPENAI_API_BASE}/embeddings",
            headers={"Authorization": f"Bearer {os.environ.get('SUPPORT_OPENAI_API_KEY', '')}"},
            json={"model": model, "input": texts},
        )
    resp.raise_for_status()
    return [item["embedding"] for item in resp.json()["data"]]
