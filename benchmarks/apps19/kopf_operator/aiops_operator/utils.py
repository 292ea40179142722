"""Small helpers: retries for calls made outside the adapters, prompt templates."""
from __future__ import annotations

import hashlib
import logging
import random
import time
from typing import Callable, TypeVar

from jinja2 import StrictUndefined
from jinja2.sandbox import SandboxedEnvironment

T = TypeVar("T")
logger = logging.getLogger(__name__)

_env = SandboxedEnvironment(undefined=StrictUndefined, autoescape=False, trim_blocks=True)


def with_retries(fn: Callable[..., T], *args, attempts: int = 3, base_delay: float = 1.0, **kwargs) -> T:
    last: Exception | None = None
    for attempt in range(1, attempts + 1):
        try:
            return fn(*args, **kwargs)
        except Exception as exc:  # SDKs raise different things; retry all but the last
            last = exc
            if attempt == attempts:
                break
            delay = base_delay * 2 ** (attempt - 1) + random.uniform(0, 0.25)
            logger.info("retry %d/%d after %s (%.1fs)", attempt, attempts, exc, delay)
            time.sleep(delay)
    assert last is not None
    raise last


class PromptTemplate:
    def __init__(self, source: str, name: str = "inline"):
        self.name = name
        self.source = source
        self._template = _env.from_string(source)

    def render(self, **variables) -> str:
        return self._template.render(**variables)

    def generate(self, rows: list[dict]) -> list[str]:
        """Render one prompt per variables row (this is not a model call)."""
        return [self.render(**row) for row in rows]

    @property
    def fingerprint(self) -> str:
        return hashlib.sha256(self.source.encode()).hexdigest()[:12]
