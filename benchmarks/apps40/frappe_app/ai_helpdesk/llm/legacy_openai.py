# Legacy helpers from the v0 "helpdesk_gpt" app (2023). Still imported by
# the WhatsApp bridge and the old /api/method/ai_helpdesk.api.legacy_* URLs.
# Do not add new code here.

import json

import frappe
import requests
from openai import OpenAI

OPENAI_URL = "https://api.openai.com/v1/chat/completions"
MISTRAL_URL = "https://api.mistral.ai/v1/chat/completions"

client = OpenAI(api_key=frappe.conf.get("openai_api_key"))


def gpt(prompt, model="gpt-3.5-turbo", temperature=0):
    r = client.chat.completions.create(
        model=model,
        messages=[{"role": "user", "content": prompt}],
        temperature=temperature,
    )
    return r.choices[0].message.content


def gpt_json(prompt, model="gpt-4o-mini"):
    r = client.chat.completions.create(
        model=model,
        response_format={"type": "json_object"},
        messages=[
            {"role": "system", "content": "Reply in JSON."},
            {"role": "user", "content": prompt},
        ],
    )
    try:
        return json.loads(r.choices[0].message.content)
    except ValueError:
        return {}


def raw_chat(messages, model="gpt-4o-mini", api_key=None):
    """Used when the openai package was pinned to 0.28 on the old bench."""
    headers = {
        "Authorization": f"Bearer {api_key or frappe.conf.get('openai_api_key')}",
        "Content-Type": "application/json",
    }
    resp = requests.post(OPENAI_URL, headers=headers, json={"model": model, "messages": messages}, timeout=60)
    resp.raise_for_status()
    return resp.json()["choices"][0]["message"]["content"]


def mistral_raw(messages, model="open-mistral-nemo"):
    resp = requests.post(
        MISTRAL_URL,
        headers={"Authorization": f"Bearer {frappe.conf.get('mistral_api_key')}"},
        json={"model": model, "messages": messages, "temperature": 0.3},
        timeout=45,
    )
    return resp.json()["choices"][0]["message"]["content"]


def moderate(text):
    result = client.moderations.create(model="omni-moderation-latest", input=text)
    return result.results[0].flagged


def summarize_thread(comms, max_words=120):
    text = "\n".join(c.get("content", "") for c in comms)
    return gpt(f"Summarize in under {max_words} words:\n{text}")


def classify(text, labels):
    out = gpt_json(f"Classify into one of {labels}. Return {{\"label\": ...}}.\n\n{text}")
    return out.get("label") if out.get("label") in labels else None


def embed(text):
    return client.embeddings.create(model="text-embedding-ada-002", input=text).data[0].embedding
