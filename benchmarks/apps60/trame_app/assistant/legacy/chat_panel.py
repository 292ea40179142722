"""Original chat panel helpers (v0.2). Still imported by the Jupyter widget.

Uses the module-level openai client and a raw HTTP call to Anthropic from
before we pinned the anthropic SDK.
"""
import os

import openai
import requests

openai.api_key = os.environ.get("OPENAI_API_KEY")

ANTHROPIC_URL = "https://api.anthropic.com/v1/messages"
HEADERS = {
    "x-api-key": os.environ.get("ANTHROPIC_API_KEY", ""),
    "anthropic-version": "2023-06-01",
    "content-type": "application/json",
}


def ask_gpt(question, context=""):
    messages = [{"role": "system", "content": "You help scientists read their data."}]
    if context:
        messages.append({"role": "user", "content": "Context:\n" + context})
    messages.append({"role": "user", "content": question})
    resp = openai.chat.completions.create(model="gpt-4o-mini", messages=messages, temperature=0.1)
    return resp.choices[0].message.content


def ask_claude(question, context=""):
    body = {
        "model": "claude-3-5-haiku-20241022",
        "max_tokens": 800,
        "messages": [{"role": "user", "content": (context + "\n\n" + question).strip()}],
    }
    r = requests.post(ANTHROPIC_URL, headers=HEADERS, json=body, timeout=60)
    r.raise_for_status()
    data = r.json()
    return "".join(part.get("text", "") for part in data.get("content", []))


def ask(question, context="", backend="gpt"):
    if backend == "claude":
        return ask_claude(question, context)
    return ask_gpt(question, context)


def history_as_text(history):
    return "\n".join(f"{h['role']}: {h['content']}" for h in history)
