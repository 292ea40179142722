"""Tiny HubSpot client: look up contacts, log drafted emails as notes."""
from __future__ import annotations

import logging
import time
from typing import Dict, List, Optional

import requests

from common.settings import get_settings, secret

log = logging.getLogger(__name__)


class HubSpot:
    def __init__(self, token: Optional[str] = None, base_url: Optional[str] = None):
        s = get_settings()
        self.base_url = (base_url or s.hubspot_base_url).rstrip("/")
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {token or secret(s.hubspot_token)}"

    def search_contacts(self, query: str, limit: int = 10) -> List[Dict]:
        resp = self.session.post(
            f"{self.base_url}/crm/v3/objects/contacts/search",
            json={
                "query": query,
                "limit": limit,
                "properties": ["firstname", "lastname", "jobtitle", "company", "email"],
            },
            timeout=10,
        )
        resp.raise_for_status()
        return [r["properties"] for r in resp.json().get("results", [])]

    def log_email_note(self, contact_id: str, body: str, author: str) -> str:
        payload = {
            "properties": {
                "hs_timestamp": int(time.time() * 1000),
                "hs_note_body": f"AI-drafted email (by {author}):\n\n{body}",
            },
            "associations": [{
                "to": {"id": contact_id},
                "types": [{"associationCategory": "HUBSPOT_DEFINED", "associationTypeId": 202}],
            }],
        }
        resp = requests.post(
            f"{self.base_url}/crm/v3/objects/notes",
            json=payload,
            headers=self.session.headers,
            timeout=10,
        )
        resp.raise_for_status()
        return resp.json()["id"]
