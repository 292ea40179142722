"""Provider clients built on first attribute access (PEP 562)."""
from functools import lru_cache

from anthropic import Anthropic
from django.conf import settings


@lru_cache(maxsize=None)
def _claude() -> Anthropic:
    return Anthropic(api_key=settings.ANTHROPIC_API_KEY, max_retries=2)


def __getattr__(name: str):
    if name == "claude":
        return _claude()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
