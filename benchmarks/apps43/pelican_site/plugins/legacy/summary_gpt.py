"""Old-style (pre-namespace) plugin from 2022, kept for the /archive build.

DEPRECATED: use pelican.plugins.ai_summary.  This still runs for the
``archive`` build profile (see tasks.py) because the archive theme reads
``article.tldr`` which the new plugin does not set.  TODO(mk): port tldr.
"""
import json
import logging
import os

import httpx
import requests
from pelican import signals

log = logging.getLogger(__name__)

OPENAI_URL = "https://api.openai.com/v1/chat/completions"
ANTHROPIC_URL = "https://api.anthropic.com/v1/messages"
CACHE_FILE = ".tldr-cache.json"


def _load_cache():
    try:
        with open(CACHE_FILE) as fh:
            return json.load(fh)
    except (OSError, ValueError):
        return {}


def _save_cache(cache):
    with open(CACHE_FILE, "w") as fh:
        json.dump(cache, fh, indent=1)


def _tldr_openai(text, model):
    r = requests.post(
        OPENAI_URL,
        headers={"Authorization": "Bearer " + os.environ["OPENAI_API_KEY"]},
        json={
            "model": model,
            "messages": [
                {"role": "system", "content": "Write a one sentence TL;DR."},
                {"role": "user", "content": text[:12000]},
            ],
            "temperature": 0.3,
        },
        timeout=60,
    )
    r.raise_for_status()
    return r.json()["choices"][0]["message"]["content"].strip()


def _tldr_claude(text, model):
    r = httpx.post(
        ANTHROPIC_URL,
        headers={
            "x-api-key": os.environ["ANTHROPIC_API_KEY"],
            "anthropic-version": "2023-06-01",
        },
        json={
            "model": model,
            "max_tokens": 200,
            "messages": [{"role": "user", "content": "TL;DR in one sentence:\n\n" + text[:12000]}],
        },
        timeout=60.0,
    )
    r.raise_for_status()
    return r.json()["content"][0]["text"].strip()


def add_tldr(generator):
    settings = generator.settings
    if not settings.get("LEGACY_TLDR", False):
        return
    provider = settings.get("LEGACY_TLDR_PROVIDER", "openai")
    cache = _load_cache()
    for article in generator.articles:
        if article.slug in cache:
            article.tldr = cache[article.slug]
            continue
        try:
            if provider == "anthropic":
                tldr = _tldr_claude(article._content, "claude-3-haiku-20240307")
            else:
                tldr = _tldr_openai(article._content, "gpt-3.5-turbo")
        except Exception as e:
            log.error("tldr failed for %s: %s", article.slug, e)
            continue
        cache[article.slug] = tldr
        article.tldr = tldr
    _save_cache(cache)


def ping_webhook(generator):
    """Notify the newsletter service that a build happened (not an LLM call)."""
    url = generator.settings.get("LEGACY_WEBHOOK_URL")
    if url:
        requests.post(url, json={"articles": len(generator.articles)}, timeout=10)


def register():
    signals.article_generator_finalized.connect(add_tldr)
    signals.article_generator_finalized.connect(ping_webhook)
