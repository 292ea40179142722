"""Original summariser from the 2023 prototype (still used by nightly digest)."""
import os

import openai
import requests

openai.api_key = os.environ.get("OPENAI_API_KEY")

ANTHROPIC_URL = "https://api.anthropic.com/v1/messages"


def summarize_page(text, model="gpt-3.5-turbo"):
    resp = openai.chat.completions.create(
        model=model,
        messages=[{"role": "user", "content": "Summarise:\n\n" + text}],
        temperature=0,
    )
    return resp.choices[0].message.content


def summarize_with_claude(text, model="claude-3-haiku-20240307"):
    headers = {
        "x-api-key": os.environ["ANTHROPIC_API_KEY"],
        "anthropic-version": "2023-06-01",
        "content-type": "application/json",
    }
    body = {
        "model": model,
        "max_tokens": 600,
        "messages": [{"role": "user", "content": "Summarise:\n\n" + text}],
    }
    r = requests.post(ANTHROPIC_URL, headers=headers, json=body, timeout=60)
    r.raise_for_status()
    return r.json()["content"][0]["text"]


def digest(pages):
    out = []
    for title, text in pages:
        try:
            out.append((title, summarize_page(text)))
        except Exception:
            out.append((title, summarize_with_claude(text)))
    return out
