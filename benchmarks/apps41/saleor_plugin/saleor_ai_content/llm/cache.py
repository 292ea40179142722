import hashlib
import json
import logging
from typing import Any, Callable, Optional

from django.core.cache import caches

from .. import settings as ai_settings

logger = logging.getLogger(__name__)


def make_key(namespace: str, *parts: Any) -> str:
    payload = json.dumps(parts, sort_keys=True, default=str).encode()
    digest = hashlib.sha256(payload).hexdigest()[:32]
    return f"ai_content:{namespace}:{digest}"


class PromptCache:
    """Thin wrapper over the Django cache for model outputs."""

    def __init__(self, alias: Optional[str] = None, ttl: Optional[int] = None):
        self.alias = alias or ai_settings.AI_CONTENT_CACHE_ALIAS
        self.ttl = ttl or ai_settings.AI_CONTENT_CACHE_TTL

    @property
    def backend(self):
        return caches[self.alias]

    def get(self, key: str):
        return self.backend.get(key)

    def set(self, key: str, value, ttl: Optional[int] = None):
        self.backend.set(key, value, ttl or self.ttl)

    def get_or_set(self, key: str, producer: Callable[[], Any], ttl: Optional[int] = None):
        value = self.get(key)
        if value is not None:
            logger.debug("prompt cache hit %s", key)
            return value
        value = producer()
        if value:
            self.set(key, value, ttl)
        return value

    def invalidate(self, key: str):
        self.backend.delete(key)


prompt_cache = PromptCache()
