"""Flask-era proposal generator, ported with minimal changes in 2024.

It talks to OpenAI over raw HTTP because the prototype predates openai>=1.0, and to
Anthropic through the old text-completions API.
"""
import json
import os
import time

import requests
from anthropic import AI_PROMPT, HUMAN_PROMPT, Anthropic
from openai import OpenAI

OPENAI_URL = "https://api.openai.com/v1/chat/completions"
_client = OpenAI(api_key=os.environ.get("OPENAI_API_KEY"))
_claude = Anthropic()

TEMPLATE = """You are writing a proposal for {client}.
Services: {services}
Budget: {budget}
Write the full proposal."""


def _headers():
    return {
        "Authorization": "Bearer " + os.environ.get("OPENAI_API_KEY", ""),
        "Content-Type": "application/json",
    }


def generate_proposal(client, services, budget, retries=3):
    body = {
        "model": "gpt-4-turbo",
        "messages": [{"role": "user", "content": TEMPLATE.format(client=client, services=services, budget=budget)}],
        "temperature": 0.7,
    }
    for attempt in range(retries):
        r = requests.post(OPENAI_URL, headers=_headers(), data=json.dumps(body), timeout=120)
        if r.status_code == 429:
            time.sleep(2 ** attempt)
            continue
        r.raise_for_status()
        return r.json()["choices"][0]["message"]["content"]
    raise RuntimeError("OpenAI rate limited after %d attempts" % retries)


def legacy_summary(text):
    resp = _client.chat.completions.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": "Summarize:\n" + text}],
    )
    return resp.choices[0].message.content


def polish_text(text):
    out = _claude.completions.create(
        model="claude-2.1",
        max_tokens_to_sample=800,
        prompt=f"{HUMAN_PROMPT} Polish this proposal text:\n{text}{AI_PROMPT}",
    )
    return out.completion
