# coding=utf-8
"""Token budgeting helpers.

We trim serial logs and G-code digests before sending them out so a 40MB file
does not become a $4 request. Counting uses the providers' count endpoints when
a key is configured (they are free) and a character heuristic otherwise.
"""
from __future__ import absolute_import, unicode_literals

import logging

from .clients import get_anthropic_client, get_genai_client

_logger = logging.getLogger("octoprint.plugins.aiassist.tokens")

CHARS_PER_TOKEN = 4


def estimate_tokens(text):
    return max(1, len(text or "") // CHARS_PER_TOKEN)


def count_anthropic_tokens(api_key, model, text):
    client = get_anthropic_client(api_key)
    try:
        result = client.messages.count_tokens(
            model=model,
            messages=[{"role": "user", "content": text}],
        )
        return result.input_tokens
    except Exception:
        _logger.debug("count_tokens failed, falling back to estimate", exc_info=True)
        return estimate_tokens(text)


def count_gemini_tokens(api_key, model, text):
    client = get_genai_client(api_key)
    try:
        return client.models.count_tokens(model=model, contents=text).total_tokens
    except Exception:
        return estimate_tokens(text)


def trim_to_budget(text, max_tokens, keep="tail"):
    """Cut ``text`` to roughly ``max_tokens`` tokens keeping the head or tail."""
    limit = max_tokens * CHARS_PER_TOKEN
    if len(text) <= limit:
        return text
    if keep == "head":
        return text[:limit] + "\n[...truncated...]"
    return "[...truncated...]\n" + text[-limit:]
