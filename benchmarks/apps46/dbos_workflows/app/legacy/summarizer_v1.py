"""Original summarizer from the cron-based pipeline (2023). Kept for the admin `rerun` script."""
import logging
import os

import openai
import requests

log = logging.getLogger(__name__)

openai.api_key = os.environ.get("OPENAI_API_KEY")

ANTHROPIC_URL = "https://api.anthropic.com/v1/messages"


def summarize_openai(text, model="gpt-4o-mini"):
    resp = openai.chat.completions.create(
        model=model,
        messages=[
            {"role": "system", "content": "Summarize the document in 5 sentences."},
            {"role": "user", "content": text[:12000]},
        ],
        temperature=0.3,
    )
    return resp.choices[0].message.content


def summarize_claude_http(text, model="claude-3-haiku-20240307"):
    headers = {
        "x-api-key": os.environ["ANTHROPIC_API_KEY"],
        "anthropic-version": "2023-06-01",
        "content-type": "application/json",
    }
    payload = {
        "model": model,
        "max_tokens": 600,
        "messages": [{"role": "user", "content": "Summarize in 5 sentences:\n\n" + text[:40000]}],
    }
    r = requests.post(ANTHROPIC_URL, headers=headers, json=payload, timeout=90)
    r.raise_for_status()
    return r.json()["content"][0]["text"]


def summarize(text, provider="openai"):
    try:
        if provider == "anthropic":
            return summarize_claude_http(text)
        return summarize_openai(text)
    except Exception:
        log.exception("legacy summarize failed")
        return ""
