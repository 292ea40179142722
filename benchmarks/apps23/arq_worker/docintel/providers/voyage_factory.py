from __future__ import annotations

import voyageai

from docintel.config import Settings, get_settings


def make_voyage_client(settings: Settings | None = None) -> voyageai.AsyncClient:
    settings = settings or get_settings()
    return voyageai.AsyncClient(
        api_key=settings.voyage_api_key.get_secret_value(),
        max_retries=3,
        timeout=60,
    )
