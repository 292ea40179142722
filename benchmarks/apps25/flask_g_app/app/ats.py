"""Greenhouse Harvest API client (only the bits we use)."""
from __future__ import annotations

import logging
import string
from typing import Any, Dict, Optional

import requests

log = logging.getLogger(__name__)


class ATSError(Exception):
    pass


class ATSClient:
    def __init__(self, base_url: str, token: str, on_behalf_of: Optional[str] = None):
        self.base_url = base_url.rstrip("/")
        self.session = requests.Session()
        self.session.auth = (token or "", "")
        if on_behalf_of:
            self.session.headers["On-Behalf-Of"] = on_behalf_of

    def _get(self, path: str, **params) -> Any:
        r = self.session.get(f"{self.base_url}{path}", params=params, timeout=20)
        if r.status_code >= 400:
            raise ATSError(f"GET {path}: {r.status_code}")
        return r.json()

    def get_application(self, application_id: str) -> Dict[str, Any]:
        return self._get(f"/applications/{application_id}")

    def get_offer_template(self, job_id: str) -> str:
        return self._get(f"/jobs/{job_id}/offer_template")["body"]

    def list_candidates(self, updated_after: Optional[str] = None, per_page: int = 100):
        page = 1
        while True:
            batch = self._get("/candidates", per_page=per_page, page=page, updated_after=updated_after)
            if not batch:
                return
            yield from batch
            page += 1

    def create(self, first_name: str, last_name: str, email: str, job_id: str) -> Dict[str, Any]:
        """Create a prospect in the ATS."""
        payload = {
            "first_name": first_name,
            "last_name": last_name,
            "email_addresses": [{"value": email, "type": "personal"}],
            "applications": [{"job_id": job_id}],
        }
        r = self.session.post(f"{self.base_url}/candidates", json=payload, timeout=20)
        if r.status_code >= 400:
            raise ATSError(f"create candidate: {r.status_code} {r.text[:200]}")
        return r.json()

    def add_note(self, candidate_id: str, body: str, visibility: str = "private"):
        r = self.session.post(
            f"{self.base_url}/candidates/{candidate_id}/activity_feed/notes",
            json={"body": body, "visibility": visibility},
            timeout=20,
        )
        r.raise_for_status()
        return r.json()


class OfferLetterTemplate:
    """Offer letter body with ``$placeholders``."""

    def __init__(self, body: str):
        self._template = string.Template(body)

    def generate(self, **values) -> str:
        clean = {k: ("" if v is None else str(v)) for k, v in values.items()}
        return self._template.safe_substitute(clean)
