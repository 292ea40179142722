"""Sender research with Perplexity (web-grounded) for unknown domains."""
from __future__ import annotations

import functools
import logging
import time

from assistant.config import get_settings
from assistant.llm import get_perplexity_client
from assistant.llm.prompts import RESEARCH_PROMPT

log = logging.getLogger(__name__)

_CACHE: dict[str, tuple[float, str]] = {}
_TTL = 7 * 24 * 3600
FREE_MAIL = {"gmail.com", "outlook.com", "hotmail.com", "yahoo.com", "icloud.com", "proton.me"}


def _cached(domain: str) -> str | None:
    hit = _CACHE.get(domain)
    if hit and time.time() - hit[0] < _TTL:
        return hit[1]
    return None


def research_sender(domain: str) -> str:
    if domain in FREE_MAIL:
        return ""
    if (cached := _cached(domain)) is not None:
        return cached
    client = get_perplexity_client()
    resp = client.chat.completions.create(
        model=get_settings().perplexity_model,
        messages=[
            {"role": "system", "content": "Be precise and concise."},
            {"role": "user", "content": RESEARCH_PROMPT.format(sender_domain=domain)},
        ],
        extra_body={"search_recency_filter": "year"},
    )
    text = resp.choices[0].message.content or ""
    citations = getattr(resp, "citations", None) or []
    if citations:
        text += "\n\nSources:\n" + "\n".join(f"- {c}" for c in citations[:5])
    _CACHE[domain] = (time.time(), text)
    return text


# Pre-bound for the bulk backfill in scripts/; keeps the model pinned.
_pplx_ask = functools.partial(
    get_perplexity_client().chat.completions.create,
    model="sonar-pro",
    temperature=0.0,
)


def research_many(domains: list[str]) -> dict[str, str]:
    out = {}
    for d in domains:
        if d in FREE_MAIL or _cached(d):
            continue
        resp = _pplx_ask(messages=[{"role": "user", "content": RESEARCH_PROMPT.format(sender_domain=d)}])
        out[d] = resp.choices[0].message.content or ""
        _CACHE[d] = (time.time(), out[d])
    return out
