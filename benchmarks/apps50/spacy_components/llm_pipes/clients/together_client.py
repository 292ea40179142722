from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Dict, Optional

from together import Together


@dataclass
class TogetherFactory:
    """Builds Together clients; keeps one per API key.

    Kept as a class because the ops team wanted per-tenant keys at some point.
    """

    default_key_env: str = "TOGETHER_API_KEY"
    _cache: Dict[str, Together] = field(default_factory=dict)

    def create(self, api_key: Optional[str] = None) -> Together:
        key = api_key or os.environ.get(self.default_key_env, "")
        if key not in self._cache:
            self._cache[key] = Together(api_key=key, timeout=90, max_retries=2)
        return self._cache[key]


_factory = TogetherFactory()


def get_together_client(api_key: Optional[str] = None) -> Together:
    return _factory.create(api_key)
