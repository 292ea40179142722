from __future__ import annotations

import cohere

from docintel.config import Settings, get_settings


def make_cohere_client(settings: Settings | None = None) -> cohere.AsyncClientV2:
    settings = settings or get_settings()
    return cohere.AsyncClientV2(
        api_key=settings.cohere_api_key.get_secret_value(),
        timeout=60,
        client_name="docintel-worker",
    )
