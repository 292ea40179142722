"""Old Celery-era classifier, still imported by the nightly re-tag job
(scripts/retag_nightly.py). Pinned to openai<1 in the cron image.

TODO: delete once the re-tag job moves onto the triage agent.
"""
import json
import logging
import os

import anthropic
import openai
import requests

log = logging.getLogger(__name__)

openai.api_key = os.environ.get("OPENAI_API_KEY")

MISTRAL_URL = "https://api.mistral.ai/v1/chat/completions"
INTERNAL_TAGS_URL = "http://tags.internal/api/tickets/{id}/tags"

LABELS = ["billing", "bug", "how_to", "account_access", "feature_request", "outage", "other"]


def classify_ticket(subject, body):
    resp = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[
            {"role": "system", "content": "Classify into: " + ", ".join(LABELS)},
            {"role": "user", "content": subject + "\n\n" + body},
        ],
        temperature=0,
    )
    label = resp["choices"][0]["message"]["content"].strip().lower()
    return label if label in LABELS else "other"


def classify_ticket_mistral(subject, body):
    """Used for the EU accounts (data residency)."""
    r = requests.post(
        MISTRAL_URL,
        headers={"Authorization": "Bearer " + os.environ.get("MISTRAL_API_KEY", "")},
        json={
            "model": "mistral-small-latest",
            "messages": [
                {"role": "system", "content": "Classify into: " + ", ".join(LABELS)},
                {"role": "user", "content": subject + "\n\n" + body},
            ],
        },
        timeout=30,
    )
    r.raise_for_status()
    label = r.json()["choices"][0]["message"]["content"].strip().lower()
    return label if label in LABELS else "other"


def extract_entities(body):
    client = anthropic.Anthropic()
    resp = client.completions.create(
        model="claude-2.1",
        max_tokens_to_sample=300,
        prompt=f"{anthropic.HUMAN_PROMPT} Extract order ids and product names as JSON from:\n{body}{anthropic.AI_PROMPT}",
    )
    try:
        return json.loads(resp.completion)
    except ValueError:
        return {}


_embedding_cache = {}


def embed(text):
    if text in _embedding_cache:
        return _embedding_cache[text]
    resp = openai.Embedding.create(model="text-embedding-ada-002", input=[text])
    vec = resp["data"][0]["embedding"]
    _embedding_cache[text] = vec
    return vec


def find_similar(text, candidates, threshold=0.9):
    """candidates: list of (id, text). O(n) embeddings; fine for the nightly volume."""
    target = embed(text)
    hits = []
    for cid, ctext in candidates:
        other = embed(ctext)
        dot = sum(a * b for a, b in zip(target, other))
        if dot >= threshold:  # ada-002 vectors are unit-normalised
            hits.append((cid, dot))
    return sorted(hits, key=lambda h: -h[1])


def push_tags(ticket_id, tags):
    # internal tagging API, not an LLM
    r = requests.post(INTERNAL_TAGS_URL.format(id=ticket_id), json={"tags": tags}, timeout=10)
    return r.status_code == 200
