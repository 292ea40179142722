from __future__ import annotations

from functools import lru_cache
from typing import Optional

import voyageai

from app.config import Settings, get_settings


@lru_cache(maxsize=1)
def get_voyage() -> voyageai.Client:
    settings = get_settings()
    return voyageai.Client(api_key=settings.voyage_api_key, max_retries=4, timeout=60)


def build_async_voyage(settings: Optional[Settings] = None) -> voyageai.AsyncClient:
    settings = settings or get_settings()
    return voyageai.AsyncClient(api_key=settings.voyage_api_key, max_retries=2, timeout=15)
