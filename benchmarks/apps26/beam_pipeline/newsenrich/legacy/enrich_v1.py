"""v1 enrichment: module-level openai client + raw HTTP for a couple of calls.

Ported from the Cloud Function as-is in 2023. The raw requests calls exist
because the function runtime pinned an ancient openai package.
"""
import logging
import os

import httpx
import openai
import requests

log = logging.getLogger(__name__)

openai.api_key = os.environ.get("OPENAI_API_KEY")
OPENAI_URL = "https://api.openai.com/v1"
ANTHROPIC_URL = "https://api.anthropic.com/v1/messages"

SUMMARY_PROMPT = "Summarize the following news article in 3 sentences:\n\n{}"


def summarize_article(title, body, model="gpt-3.5-turbo"):
    resp = openai.chat.completions.create(
        model=model,
        messages=[{"role": "user", "content": SUMMARY_PROMPT.format(title + "\n\n" + body[:6000])}],
        temperature=0.3,
        max_tokens=200,
    )
    return resp.choices[0].message.content.strip()


def embed_texts(texts, model="text-embedding-ada-002"):
    r = requests.post(
        OPENAI_URL + "/embeddings",
        headers={"Authorization": "Bearer " + os.environ["OPENAI_API_KEY"]},
        json={"model": model, "input": texts},
        timeout=30,
    )
    r.raise_for_status()
    return [d["embedding"] for d in r.json()["data"]]


def claude_keywords(text):
    """Keyword extraction; was Claude 2 via raw HTTP, bumped to haiku in 2024."""
    r = httpx.post(
        ANTHROPIC_URL,
        headers={
            "x-api-key": os.environ["ANTHROPIC_API_KEY"],
            "anthropic-version": "2023-06-01",
            "content-type": "application/json",
        },
        json={
            "model": "claude-3-haiku-20240307",
            "max_tokens": 100,
            "messages": [{"role": "user", "content": "Comma-separated keywords for:\n\n" + text[:4000]}],
        },
        timeout=30.0,
    )
    r.raise_for_status()
    content = r.json()["content"][0]["text"]
    return [k.strip() for k in content.split(",") if k.strip()]


def list_available_models():
    # used by the old health check page
    r = requests.get(OPENAI_URL + "/models", headers={"Authorization": "Bearer " + os.environ["OPENAI_API_KEY"]})
    return [m["id"] for m in r.json().get("data", [])]
