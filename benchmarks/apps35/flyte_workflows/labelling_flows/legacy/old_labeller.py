"""Original labeller (openai<1.0 era). Still used by `legacy_nightly_lp`.

Kept as-is because the pinned image for that launch plan has openai==0.28.
"""
import json
import logging
import os
import time

import openai
import requests

log = logging.getLogger(__name__)

openai.api_key = os.environ.get("OPENAI_API_KEY")

ANTHROPIC_URL = "https://api.anthropic.com/v1/messages"
LABELS = ["billing", "account_access", "bug_report", "feature_request", "cancellation", "how_to", "other"]


def label_ticket_v0(text, model="gpt-3.5-turbo"):
    prompt = "Label this ticket with one of %s. Reply with the label only.\n\n%s" % (", ".join(LABELS), text)
    for attempt in range(3):
        try:
            resp = openai.ChatCompletion.create(
                model=model,
                messages=[{"role": "user", "content": prompt}],
                temperature=0,
            )
            return resp["choices"][0]["message"]["content"].strip()
        except openai.error.RateLimitError:
            time.sleep(2 ** attempt)
    return "other"


def label_ticket_claude_http(text, model="claude-3-haiku-20240307"):
    """Used when the OpenAI quota ran out; bypasses the SDK on purpose (old image)."""
    headers = {
        "x-api-key": os.environ["ANTHROPIC_API_KEY"],
        "anthropic-version": "2023-06-01",
        "content-type": "application/json",
    }
    body = {
        "model": model,
        "max_tokens": 20,
        "messages": [{"role": "user", "content": "Label (one of %s): %s" % (", ".join(LABELS), text)}],
    }
    r = requests.post(ANTHROPIC_URL, headers=headers, data=json.dumps(body), timeout=30)
    r.raise_for_status()
    return r.json()["content"][0]["text"].strip()


def run(records):
    out = []
    for rec in records:
        try:
            label = label_ticket_v0(rec["text"])
        except Exception:  # noqa: BLE001
            log.exception("openai failed, falling back to claude")
            label = label_ticket_claude_http(rec["text"])
        out.append({"id": rec["id"], "label": label})
    return out


def embed_texts_v0(texts, model="text-embedding-ada-002", batch_size=100):
    """Old embedding path; the vectors in dq.chunk_vectors_ada came from here."""
    vectors = []
    for i in range(0, len(texts), batch_size):
        batch = texts[i:i + batch_size]
        result = openai.Embedding.create(model=model, input=batch)
        vectors.extend(item["embedding"] for item in sorted(result["data"], key=lambda d: d["index"]))
    return vectors


def dedupe_by_embedding(records, threshold=0.97):
    """Drop near-duplicate tickets (same customer pasting twice)."""
    import numpy as np

    vecs = np.array(embed_texts_v0([r["text"] for r in records]))
    vecs = vecs / np.linalg.norm(vecs, axis=1, keepdims=True)
    keep = []
    for i, rec in enumerate(records):
        if keep and float(np.max(vecs[keep] @ vecs[i])) >= threshold:
            continue
        keep.append(i)
    return [records[i] for i in keep]
