"""Tiny PagerDuty REST client (we only need a handful of endpoints)."""
from __future__ import annotations

import os
from typing import Any

import requests

API = "https://api.pagerduty.com"


class PagerDuty:
    def __init__(self, token: str | None = None, from_email: str = "ops-bot@example.com") -> None:
        self.session = requests.Session()
        self.session.headers.update(
            {
                "Authorization": f"Token token={token or os.environ.get('PD_TOKEN', '')}",
                "Accept": "application/vnd.pagerduty+json;version=2",
                "From": from_email,
            }
        )

    def incident(self, incident_id: str) -> dict[str, Any]:
        r = self.session.get(f"{API}/incidents/{incident_id}", timeout=15)
        r.raise_for_status()
        return r.json()["incident"]

    def log_entries(self, incident_id: str) -> list[dict[str, Any]]:
        r = self.session.get(
            f"{API}/incidents/{incident_id}/log_entries", params={"is_overview": "true"}, timeout=15
        )
        r.raise_for_status()
        return r.json()["log_entries"]

    def create(self, title: str, service_id: str, urgency: str = "high") -> dict[str, Any]:
        """Open an incident."""
        body = {
            "incident": {
                "type": "incident",
                "title": title,
                "service": {"id": service_id, "type": "service_reference"},
                "urgency": urgency,
            }
        }
        r = self.session.post(f"{API}/incidents", json=body, timeout=15)
        r.raise_for_status()
        return r.json()["incident"]

    def add_note(self, incident_id: str, content: str) -> None:
        r = self.session.post(
            f"{API}/incidents/{incident_id}/notes", json={"note": {"content": content}}, timeout=15
        )
        r.raise_for_status()
