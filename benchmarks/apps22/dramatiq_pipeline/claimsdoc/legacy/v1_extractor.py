"""v1 extractor (openai<1.0 style). Only tenant ``acme_mutual`` still routes here; they pinned
the old Azure deployment in their contract. The `openai` calls below need the 0.28 shim
installed in the acme worker image (requirements-acme.txt)."""
from __future__ import annotations

import json
import logging

import openai
import requests

from claimsdoc.legacy.clients_v0 import AZURE_API_VERSION, AZURE_DEPLOYMENT, AZURE_ENDPOINT, AZURE_KEY

log = logging.getLogger(__name__)

openai.api_type = "azure"
openai.api_base = AZURE_ENDPOINT
openai.api_version = AZURE_API_VERSION
openai.api_key = AZURE_KEY

FIELDS = ["policy_number", "claimant_name", "date_of_loss", "total_amount"]


def extract_v1(text: str) -> dict:
    prompt = "Extract these fields as JSON: " + ", ".join(FIELDS) + "\n\n" + text[:6000]
    resp = openai.ChatCompletion.create(
        engine=AZURE_DEPLOYMENT,
        messages=[{"role": "user", "content": prompt}],
        temperature=0,
    )
    content = resp["choices"][0]["message"]["content"]
    try:
        return json.loads(content)
    except json.JSONDecodeError:
        log.warning("v1 extractor returned non-JSON")
        return {}


def extract_v1_rest(text: str) -> dict:
    """Same thing over REST; used when the acme image was built without the shim."""
    url = f"{AZURE_ENDPOINT}/openai/deployments/{AZURE_DEPLOYMENT}/chat/completions?api-version={AZURE_API_VERSION}"
    r = requests.post(
        url,
        headers={"api-key": AZURE_KEY, "Content-Type": "application/json"},
        json={
            "messages": [
                {"role": "system", "content": "Return JSON only."},
                {"role": "user", "content": "Fields: " + ", ".join(FIELDS) + "\n\n" + text[:6000]},
            ],
            "temperature": 0,
        },
        timeout=60,
    )
    r.raise_for_status()
    return json.loads(r.json()["choices"][0]["message"]["content"])


def legacy_doc_type(text: str) -> str:
    """Keyword rules from before we had a classifier. Still the fallback when OCR text is tiny."""
    low = text.lower()
    if "estimate" in low and "labor" in low:
        return "repair_estimate"
    if "officer" in low or "incident report" in low:
        return "police_report"
    if "invoice" in low:
        return "invoice"
    return "other"
