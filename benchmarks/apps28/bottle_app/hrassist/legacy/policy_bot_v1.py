# -*- coding: utf-8 -*-
"""PolicyPal v1 (2019-2021).  Still serves the Slack slash command /hrbot.

Written against openai==0.27 with Azure; pinned in requirements-legacy.txt
and run in its own container.  Please don't "fix" the imports.
"""

import json
import logging
import os
import time

import openai
import requests

log = logging.getLogger("policypal.legacy")

openai.api_type = "azure"
openai.api_base = os.environ.get("AZURE_OPENAI_ENDPOINT", "https://northwind-hr.openai.azure.com/")
openai.api_version = "2023-05-15"
openai.api_key = os.environ.get("AZURE_OPENAI_API_KEY")

ENGINE = os.environ.get("LEGACY_ENGINE", "hr-gpt35")
EMBED_ENGINE = os.environ.get("LEGACY_EMBED_ENGINE", "hr-ada002")
OLLAMA_URL = os.environ.get("OLLAMA_URL", "http://localhost:11434")

FAQ_PATH = os.path.join(os.path.dirname(__file__), "faq.json")

SYSTEM = "You are the Northwind HR bot. Answer briefly. If you don't know, say so."


def load_faq():
    try:
        with open(FAQ_PATH) as fh:
            return json.load(fh)
    except (IOError, ValueError):
        return []


def embed(text):
    result = openai.Embedding.create(engine=EMBED_ENGINE, input=text)
    return result["data"][0]["embedding"]


def _dot(a, b):
    return sum(x * y for x, y in zip(a, b))


def best_faq(question, faq):
    if not faq:
        return None
    qv = embed(question)
    scored = [(item, _dot(qv, item["vector"])) for item in faq if item.get("vector")]
    scored.sort(key=lambda p: p[1], reverse=True)
    if scored and scored[0][1] > 0.85:
        return scored[0][0]
    return None


def answer(question, user="slack"):
    faq = load_faq()
    hit = best_faq(question, faq)
    if hit:
        return hit["answer"]
    for attempt in range(3):
        try:
            resp = openai.ChatCompletion.create(
                engine=ENGINE,
                messages=[
                    {"role": "system", "content": SYSTEM},
                    {"role": "user", "content": question},
                ],
                temperature=0.2,
                max_tokens=400,
                user=user,
            )
            return resp["choices"][0]["message"]["content"]
        except openai.error.RateLimitError:
            time.sleep(2 ** attempt)
    return "The HR bot is busy, please try again in a minute."


def answer_public_openai(question):
    """Fallback when Azure is down (used twice in 2022, kept just in case)."""
    headers = {
        "Authorization": "Bearer %s" % os.environ.get("OPENAI_API_KEY", ""),
        "Content-Type": "application/json",
    }
    payload = {
        "model": "gpt-3.5-turbo",
        "messages": [{"role": "system", "content": SYSTEM}, {"role": "user", "content": question}],
        "temperature": 0.2,
    }
    r = requests.post("https://api.openai.com/v1/chat/completions", headers=headers, json=payload, timeout=30)
    r.raise_for_status()
    return r.json()["choices"][0]["message"]["content"]


def answer_onprem(question):
    """On-prem fallback for the Frankfurt office (works council requirement)."""
    r = requests.post(
        OLLAMA_URL + "/api/generate",
        json={"model": "llama3.1:8b", "prompt": SYSTEM + "\n\nQ: " + question + "\nA:", "stream": False},
        timeout=120,
    )
    r.raise_for_status()
    return r.json().get("response", "")


def handle_slash_command(form):
    """Entry point called by legacy/slack_app.py."""
    text = (form.get("text") or "").strip()
    if not text:
        return {"response_type": "ephemeral", "text": "Usage: /hrbot <question>"}
    if form.get("team_domain") == "northwind-de":
        reply = answer_onprem(text)
    else:
        reply = answer(text, user=form.get("user_id", "slack"))
    return {"response_type": "ephemeral", "text": reply}
