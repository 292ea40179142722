"""Original ticket bot (2023). Still used by the nightly email intake cron.

Kept mostly as-is; only the client construction was moved to env vars.
"""
from __future__ import annotations

import logging
import os
import time

import anthropic
import cohere
import requests
from openai import OpenAI

log = logging.getLogger("legacy.ticket_bot")

openai_client = OpenAI(api_key=os.getenv("OPENAI_API_KEY"))
claude = anthropic.Anthropic(api_key=os.getenv("ANTHROPIC_API_KEY"))
co = cohere.Client(os.getenv("CO_API_KEY"))

PPLX_URL = "https://api.perplexity.ai/chat/completions"
DEFAULT_MODEL = "gpt-4o-mini"

CATEGORIES = ["refund", "order_status", "technical", "billing", "complaint", "other"]


def categorize(text, retries=2):
    for attempt in range(retries + 1):
        try:
            r = openai_client.chat.completions.create(
                model=DEFAULT_MODEL,
                messages=[
                    {"role": "system", "content": "Reply with one word from: " + ", ".join(CATEGORIES)},
                    {"role": "user", "content": text},
                ],
                temperature=0,
            )
            cat = r.choices[0].message.content.strip().lower()
            return cat if cat in CATEGORIES else "other"
        except Exception as e:  # noqa
            log.warning("categorize failed (%s), attempt %d", e, attempt)
            time.sleep(2**attempt)
    return "other"


def sentiment(text):
    resp = co.chat(
        model="command-r-08-2024",
        message="Rate the sentiment of this customer message from -1 to 1. Reply with a number only.\n\n" + text,
        temperature=0,
    )
    try:
        return float(resp.text.strip())
    except ValueError:
        return 0.0


def check_outage(carrier):
    payload = {
        "model": "sonar",
        "messages": [{"role": "user", "content": f"Is {carrier} currently reporting delivery delays or outages?"}],
    }
    headers = {"Authorization": f"Bearer {os.getenv('PPLX_API_KEY')}"}
    resp = requests.post(PPLX_URL, json=payload, headers=headers, timeout=20)
    resp.raise_for_status()
    return resp.json()["choices"][0]["message"]["content"]


def write_reply(text, category, notes=""):
    msg = claude.messages.create(
        model="claude-3-haiku-20240307",
        max_tokens=500,
        system="You are a helpful support agent. Category: " + category,
        messages=[{"role": "user", "content": text + ("\n\nNotes: " + notes if notes else "")}],
    )
    return msg.content[0].text


def handle(ticket):
    """ticket: dict with 'body', 'carrier' (optional)"""
    cat = categorize(ticket["body"])
    notes = ""
    if cat == "order_status" and ticket.get("carrier"):
        notes = check_outage(ticket["carrier"])
    reply = write_reply(ticket["body"], cat, notes)
    return {"category": cat, "sentiment": sentiment(ticket["body"]), "reply": reply}
