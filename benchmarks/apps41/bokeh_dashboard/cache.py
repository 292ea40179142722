"""Explanation cache keyed by (provider, prompt hash).

Added after the March incident where every on-call opened the dashboard at once
and we paid for 400 identical explanations.
"""
from __future__ import annotations

import hashlib
import json
import os
import threading
import time
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from tenacity import retry, stop_after_attempt, wait_exponential

from analysis.clients import get_openai_client
from config import settings

CACHE_DIR = Path(os.environ.get("OPS_CACHE_DIR", "/var/cache/ops_insights"))
TTL_SECONDS = 15 * 60


@dataclass
class CacheEntry:
    text: str
    created: float

    def fresh(self) -> bool:
        return time.time() - self.created < TTL_SECONDS


class ExplanationCache:
    def __init__(self):
        self._mem: dict[str, CacheEntry] = {}
        self._lock = threading.Lock()

    @staticmethod
    def key(provider: str, prompt: str) -> str:
        return hashlib.sha256(f"{provider}\x00{prompt}".encode()).hexdigest()[:32]

    def get(self, provider: str, prompt: str) -> str | None:
        k = self.key(provider, prompt)
        with self._lock:
            entry = self._mem.get(k)
        if entry and entry.fresh():
            return entry.text
        disk = CACHE_DIR / f"{k}.json"
        if disk.exists():
            data = json.loads(disk.read_text())
            entry = CacheEntry(data["text"], data["created"])
            if entry.fresh():
                with self._lock:
                    self._mem[k] = entry
                return entry.text
        return None

    def put(self, provider: str, prompt: str, text: str) -> None:
        k = self.key(provider, prompt)
        entry = CacheEntry(text, time.time())
        with self._lock:
            self._mem[k] = entry
        try:
            CACHE_DIR.mkdir(parents=True, exist_ok=True)
            (CACHE_DIR / f"{k}.json").write_text(json.dumps({"text": text, "created": entry.created}))
        except OSError:
            pass


explanation_cache = ExplanationCache()


def cached_openai_explain(messages: list[dict]) -> str:
    prompt = json.dumps(messages, sort_keys=True)
    hit = explanation_cache.get("openai", prompt)
    if hit is not None:
        return hit
    create = partial(
        get_openai_client().chat.completions.create,
        model=settings.openai_model,
        temperature=0,
    )
    resp = create(messages=messages)
    text = resp.choices[0].message.content or ""
    explanation_cache.put("openai", prompt, text)
    return text


def resilient_fireworks(messages: list[dict]) -> str:
    from analysis.clients import get_fireworks_client

    fw = get_fireworks_client()
    call = retry(stop=stop_after_attempt(3), wait=wait_exponential(min=1, max=8))(fw.chat.completions.create)
    resp = call(model=settings.fireworks_model, messages=messages, max_tokens=300)
    return resp.choices[0].message.content or ""
