# Original helpdesk AI helpers from the v1 product. Still used by the
# Zendesk sync job and the "classic" ticket sidebar; do not add new code here.
import json
import os

import cohere
import requests
from openai import AzureOpenAI

AZURE_ENDPOINT = os.environ.get("AZURE_OPENAI_ENDPOINT", "https://helix-prod-eastus.openai.azure.com")
CLASSIFIER_DEPLOYMENT = os.environ.get("LEGACY_CLASSIFIER_DEPLOYMENT", "gpt-35-turbo-0125")
INSTRUCT_DEPLOYMENT = "gpt-35-turbo-instruct"

openai_client = AzureOpenAI(
    api_key=os.environ.get("AZURE_OPENAI_API_KEY"),
    api_version="2024-02-01",
    azure_endpoint=AZURE_ENDPOINT,
)
co = cohere.Client(os.environ.get("COHERE_API_KEY"))

CATEGORIES = ["billing", "bug", "how_to", "feature_request", "account_access", "other"]


def classify_ticket(subject, body):
    resp = openai_client.chat.completions.create(
        model=CLASSIFIER_DEPLOYMENT,
        messages=[
            {"role": "system", "content": "Classify the support ticket. Reply with JSON "
                                          '{"category": one of %s, "priority": low|normal|high|urgent}' % CATEGORIES},
            {"role": "user", "content": f"Subject: {subject}\n\n{body[:6000]}"},
        ],
        response_format={"type": "json_object"},
        temperature=0,
    )
    data = json.loads(resp.choices[0].message.content)
    category = data.get("category") if data.get("category") in CATEGORIES else "other"
    return category, data.get("priority", "normal")


MACRO_TOOL = {
    "type": "function",
    "function": {
        "name": "apply_macro",
        "description": "Apply one of the workspace's saved reply macros",
        "parameters": {
            "type": "object",
            "properties": {"macro_id": {"type": "integer"}, "reason": {"type": "string"}},
            "required": ["macro_id"],
        },
    },
}


def suggest_macro(ticket_text, macros):
    listing = "\n".join(f"{m['id']}: {m['title']}" for m in macros)
    resp = openai_client.chat.completions.create(
        model=CLASSIFIER_DEPLOYMENT,
        messages=[
            {"role": "system", "content": "Pick the best macro for this ticket, or none.\n" + listing},
            {"role": "user", "content": ticket_text},
        ],
        tools=[MACRO_TOOL],
        tool_choice="auto",
    )
    calls = resp.choices[0].message.tool_calls or []
    if not calls:
        return None
    return json.loads(calls[0].function.arguments).get("macro_id")


def detect_language(text):
    reply = co.chat(
        message=f"What ISO 639-1 language code is this text written in? Answer with the code only.\n\n{text[:2000]}",
        model="command-r",
        temperature=0,
    )
    return reply.text.strip().lower()[:2]


def complete_sidebar_hint(prompt):
    # gpt-35-turbo-instruct only supports the completions API; the SDK
    # version pinned by the Zendesk app can't reach it, so plain REST.
    url = f"{AZURE_ENDPOINT}/openai/deployments/{INSTRUCT_DEPLOYMENT}/completions?api-version=2024-02-01"
    r = requests.post(
        url,
        headers={"api-key": os.environ.get("AZURE_OPENAI_API_KEY", "")},
        json={"prompt": prompt, "max_tokens": 120, "temperature": 0.4, "stop": ["\n\n"]},
        timeout=20,
    )
    r.raise_for_status()
    return r.json()["choices"][0]["text"].strip()
