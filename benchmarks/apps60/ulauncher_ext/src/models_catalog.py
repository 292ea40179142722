"""List available models for the preferences helper (`ai models`).

Listing models is free on every provider; results are cached for a day.
"""
from __future__ import annotations

import json
import logging
import time
from pathlib import Path
from typing import Dict, List

from .clients import ClientPool, MissingKeyError

log = logging.getLogger(__name__)

CACHE = Path.home() / ".cache" / "ulauncher-ai" / "models.json"
TTL = 86400


def _fetch(pool: ClientPool, provider: str) -> List[str]:
    client = pool.get(provider)
    if provider == "anthropic":
        return [m.id for m in client.models.list(limit=50)]
    if provider == "mistral":
        res = client.models.list()
        return [m.id for m in (res.data or [])]
    if provider == "perplexity":
        # no models endpoint; hard-coded list from the docs
        return ["sonar", "sonar-pro", "sonar-reasoning", "sonar-reasoning-pro"]
    return sorted(m.id for m in client.models.list())


def available_models(pool: ClientPool) -> Dict[str, List[str]]:
    if CACHE.exists() and time.time() - CACHE.stat().st_mtime < TTL:
        try:
            return json.loads(CACHE.read_text())
        except ValueError:
            pass
    out: Dict[str, List[str]] = {}
    for provider in ("openai", "anthropic", "groq", "mistral", "perplexity"):
        try:
            out[provider] = _fetch(pool, provider)
        except MissingKeyError:
            continue
        except Exception as exc:  # noqa: BLE001
            log.warning("listing %s models failed: %s", provider, exc)
    CACHE.parent.mkdir(parents=True, exist_ok=True)
    CACHE.write_text(json.dumps(out))
    return out
