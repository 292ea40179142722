"""Legacy ticket classifier. Two backends because of the 2023 Azure migration."""
import json
import os

import openai
import requests

openai.api_key = os.environ.get("OPENAI_API_KEY")

AZURE_URL = (
    "https://{resource}.openai.azure.com/openai/deployments/{deployment}"
    "/chat/completions?api-version=2024-02-01"
)
LABELS = ["billing", "bug", "feature_request", "account", "other"]


def _prompt(ticket):
    return f"Classify into one of {LABELS}. Ticket: {ticket}\nLabel:"


def classify_openai(ticket):
    resp = openai.chat.completions.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": _prompt(ticket)}],
        temperature=0,
        max_tokens=5,
    )
    return resp.choices[0].message.content.strip()


def classify_azure(ticket):
    url = AZURE_URL.format(
        resource=os.environ["AZURE_RESOURCE"], deployment=os.environ["AZURE_DEPLOYMENT"]
    )
    r = requests.post(
        url,
        headers={"api-key": os.environ["AZURE_OPENAI_KEY"]},
        json={"messages": [{"role": "user", "content": _prompt(ticket)}], "max_tokens": 5},
        timeout=30,
    )
    r.raise_for_status()
    return r.json()["choices"][0]["message"]["content"].strip()


def lambda_handler(event, context):
    results = []
    for record in event.get("Records", []):
        ticket = json.loads(record["body"])
        backend = os.environ.get("CLASSIFIER_BACKEND", "azure")
        label = classify_azure(ticket["text"]) if backend == "azure" else classify_openai(ticket["text"])
        results.append({"id": ticket["id"], "label": label})
    # report to the old webhook (not an LLM endpoint)
    hook = os.environ.get("RESULTS_WEBHOOK")
    if hook:
        requests.post(hook, json={"results": results}, timeout=10)
    return {"processed": len(results)}
