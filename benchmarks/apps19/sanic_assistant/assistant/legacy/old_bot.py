"""The original bot (2023). Still serves tenants on widget v1.

Written against openai 0.28; we pin ``openai==0.28.1`` in the legacy
container image (see deploy/legacy.Dockerfile), not in pyproject.
"""
import logging
import os

import openai

openai.api_key = os.getenv("OPENAI_API_KEY")

log = logging.getLogger(__name__)

SYSTEM = "You are a helpful support bot for Acme. Keep answers short."


def answer(question, history=None, model="gpt-3.5-turbo"):
    messages = [{"role": "system", "content": SYSTEM}]
    for q, a in history or []:
        messages.append({"role": "user", "content": q})
        messages.append({"role": "assistant", "content": a})
    messages.append({"role": "user", "content": question})
    resp = openai.ChatCompletion.create(model=model, messages=messages, temperature=0.5, max_tokens=300)
    return resp["choices"][0]["message"]["content"]


def embed(text):
    result = openai.Embedding.create(model="text-embedding-ada-002", input=text)
    return result["data"][0]["embedding"]


def canned(question):
    # exact-match FAQ before spending money
    faq = {
        "how do i reset my password": "Go to Settings > Security > Reset password.",
        "where is my invoice": "Invoices are under Billing > History.",
    }
    return faq.get(question.strip().lower().rstrip("?"))


def handle(question, history=None):
    hit = canned(question)
    if hit:
        return hit
    try:
        return answer(question, history)
    except Exception:
        log.exception("legacy bot failed")
        return "Sorry, something went wrong. A human will get back to you."
