"""Clio Manage API: push summaries back to the matter as notes."""
import logging
from typing import Optional

import httpx

from docproc.errors import IntegrationError
from docproc.settings import settings

logger = logging.getLogger(__name__)


class ClioClient:
    def __init__(self, token: Optional[str] = None, base_url: Optional[str] = None):
        self._http = httpx.Client(
            base_url=base_url or settings.clio_base_url,
            headers={"Authorization": f"Bearer {token or settings.clio_api_token}"},
            timeout=30.0,
        )

    def create_note(self, clio_matter_id: str, subject: str, detail: str) -> dict:
        resp = self._http.post(
            "/notes.json",
            json={"data": {"subject": subject, "detail": detail, "type": "Matter", "regarding": {"id": int(clio_matter_id), "type": "Matter"}}},
        )
        if resp.status_code >= 400:
            raise IntegrationError(f"clio note create failed: {resp.status_code} {resp.text[:200]}")
        return resp.json()["data"]

    def close(self) -> None:
        self._http.close()
