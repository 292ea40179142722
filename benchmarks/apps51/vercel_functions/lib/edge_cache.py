"""Edge cache helpers.

Vercel's edge network honours `s-maxage` / `stale-while-revalidate` on function
responses. For generated content we additionally keep a copy in Vercel KV
(Upstash REST API) keyed by a hash of the prompt, so a cold function can skip
the model entirely.
"""
import hashlib
import json
import logging
from typing import Any

import requests

from lib.config import settings

log = logging.getLogger(__name__)

DEFAULT_TTL = 60 * 60 * 6


def cache_headers(max_age: int = 0, s_maxage: int = 300, swr: int = 600) -> dict[str, str]:
    return {
        "Cache-Control": f"public, max-age={max_age}, s-maxage={s_maxage}, stale-while-revalidate={swr}",
        "CDN-Cache-Control": f"max-age={s_maxage}",
    }


def no_store() -> dict[str, str]:
    return {"Cache-Control": "no-store"}


def cache_key(namespace: str, *parts: Any) -> str:
    digest = hashlib.sha256(json.dumps(parts, sort_keys=True, default=str).encode()).hexdigest()[:32]
    return f"{namespace}:{digest}"


class EdgeKV:
    def __init__(self, url: str | None = None, token: str | None = None, timeout: float = 2.0):
        self.url = (url or settings.kv_rest_url or "").rstrip("/")
        self.token = token or settings.kv_rest_token
        self.timeout = timeout

    @property
    def enabled(self) -> bool:
        return bool(self.url and self.token)

    def _command(self, *args: Any) -> Any:
        if not self.enabled:
            return None
        try:
            resp = requests.post(
                self.url,
                headers={"Authorization": f"Bearer {self.token}"},
                json=[str(a) for a in args],
                timeout=self.timeout,
            )
            resp.raise_for_status()
            return resp.json().get("result")
        except requests.RequestException as exc:
            log.warning("kv command %s failed: %s", args[0], exc)
            return None

    def get_json(self, key: str) -> Any:
        raw = self._command("GET", key)
        if raw is None:
            return None
        try:
            return json.loads(raw)
        except (TypeError, ValueError):
            return None

    def set_json(self, key: str, value: Any, ttl: int = DEFAULT_TTL) -> None:
        self._command("SET", key, json.dumps(value), "EX", ttl)

    def incr(self, key: str, ttl: int) -> int:
        pipeline_url = f"{self.url}/pipeline"
        if not self.enabled:
            return 0
        resp = requests.post(
            pipeline_url,
            headers={"Authorization": f"Bearer {self.token}"},
            json=[["INCR", key], ["EXPIRE", key, str(ttl), "NX"]],
            timeout=self.timeout,
        )
        resp.raise_for_status()
        return int(resp.json()[0]["result"])


kv = EdgeKV()


def cached(namespace: str, ttl: int = DEFAULT_TTL):
    """Decorator: memoise a JSON-serialisable function result in KV."""

    def decorator(fn):
        def wrapper(*args, **kwargs):
            key = cache_key(namespace, args, kwargs)
            hit = kv.get_json(key)
            if hit is not None:
                return hit
            value = fn(*args, **kwargs)
            kv.set_json(key, value, ttl=ttl)
            return value

        wrapper.__wrapped__ = fn
        return wrapper

    return decorator


def purge(namespace: str, *parts) -> None:
    """Drop one cached entry (e.g. after the user edits a generated article)."""
    kv._command("DEL", cache_key(namespace, *parts))


def vary_headers(*names: str) -> dict[str, str]:
    return {"Vary": ", ".join(names or ("Accept-Encoding",))}
