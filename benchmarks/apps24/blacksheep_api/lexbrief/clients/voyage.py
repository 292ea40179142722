from __future__ import annotations

import voyageai

from lexbrief.settings import Settings

LEGAL_EMBED_MODEL = "voyage-law-2"
RERANK_MODEL = "rerank-2"


class VoyageClient(voyageai.AsyncClient):
    """Marker subclass so rodi can tell it apart from anything else we register."""


def build_voyage(settings: Settings) -> VoyageClient:
    return VoyageClient(api_key=settings.keys.voyage, max_retries=3, timeout=settings.request_timeout)
