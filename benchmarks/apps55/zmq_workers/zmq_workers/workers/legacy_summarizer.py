"""LEGACY: pre-broker summarizer, still used by the `digest` nightly job.

Do not add features here — port callers to workers.summarize / the async worker.
Kept because the digest cron imports `summarize_document` and `grok_headline`.
"""
import os
import time

import anthropic
import httpx
import openai

from zmq_workers.config import settings

client = openai.OpenAI(api_key=os.environ.get("OPENAI_API_KEY"))

XAI_URL = "https://api.x.ai/v1/chat/completions"


def summarize_document(text, model="gpt-4o-mini", retries=3):
    for i in range(retries):
        try:
            r = client.chat.completions.create(
                model=model,
                messages=[{"role": "user", "content": "Summarize:\n\n" + text[:settings.max_doc_chars]}],
            )
            return r.choices[0].message.content
        except openai.RateLimitError:
            time.sleep(2 ** i)
    return None


def summarize_with_claude(text):
    resp = anthropic.Anthropic().messages.create(
        model="claude-3-haiku-20240307",
        max_tokens=512,
        messages=[{"role": "user", "content": "Summarize in one paragraph:\n\n" + text}],
    )
    return resp.content[0].text


def grok_headline(text):
    # written before we had the openai-compatible client wired up
    r = httpx.post(
        XAI_URL,
        headers={"Authorization": "Bearer " + (settings.xai_api_key or "")},
        json={
            "model": "grok-2-latest",
            "messages": [{"role": "user", "content": "Write a punchy headline for:\n" + text[:4000]}],
            "max_tokens": 40,
        },
        timeout=30,
    )
    r.raise_for_status()
    return r.json()["choices"][0]["message"]["content"].strip()
