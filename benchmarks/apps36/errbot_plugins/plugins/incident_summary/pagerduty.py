"""Minimal PagerDuty REST v2 client (we only need a handful of endpoints)."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Iterator, List, Optional

import requests

log = logging.getLogger(__name__)

API = "https://api.pagerduty.com"


@dataclass
class Incident:
    id: str
    number: int
    title: str
    status: str
    urgency: str
    service: str
    created_at: str
    html_url: str


class _Notes:
    def __init__(self, session: requests.Session, from_email: str) -> None:
        self._s = session
        self._from = from_email

    def list(self, incident_id: str) -> List[dict]:
        r = self._s.get(f"{API}/incidents/{incident_id}/notes", timeout=15)
        r.raise_for_status()
        return r.json().get("notes", [])

    def create(self, incident_id: str, content: str) -> dict:
        r = self._s.post(
            f"{API}/incidents/{incident_id}/notes",
            json={"note": {"content": content}},
            headers={"From": self._from},
            timeout=15,
        )
        r.raise_for_status()
        return r.json()["note"]


class PagerDutyClient:
    def __init__(self, token: str, from_email: str) -> None:
        self._s = requests.Session()
        self._s.headers.update(
            {
                "Authorization": f"Token token={token}",
                "Accept": "application/vnd.pagerduty+json;version=2",
            }
        )
        self.notes = _Notes(self._s, from_email)

    def _paged(self, path: str, key: str, params: dict) -> Iterator[dict]:
        offset = 0
        while True:
            r = self._s.get(f"{API}{path}", params={**params, "offset": offset, "limit": 50}, timeout=15)
            r.raise_for_status()
            body = r.json()
            yield from body.get(key, [])
            if not body.get("more"):
                return
            offset += 50

    def open_incidents(self, service_ids: Optional[List[str]] = None) -> List[Incident]:
        params = {"statuses[]": ["triggered", "acknowledged"]}
        if service_ids:
            params["service_ids[]"] = service_ids
        return [self._to_incident(i) for i in self._paged("/incidents", "incidents", params)]

    def get(self, incident_id: str) -> Incident:
        r = self._s.get(f"{API}/incidents/{incident_id}", timeout=15)
        r.raise_for_status()
        return self._to_incident(r.json()["incident"])

    def log_entries(self, incident_id: str) -> List[dict]:
        return list(self._paged(f"/incidents/{incident_id}/log_entries", "log_entries", {"is_overview": "true"}))

    @staticmethod
    def _to_incident(raw: dict) -> Incident:
        return Incident(
            id=raw["id"],
            number=raw.get("incident_number", 0),
            title=raw.get("title", ""),
            status=raw.get("status", ""),
            urgency=raw.get("urgency", ""),
            service=(raw.get("service") or {}).get("summary", ""),
            created_at=raw.get("created_at", ""),
            html_url=raw.get("html_url", ""),
        )


def render_timeline(entries: List[dict], limit: int = 60) -> str:
    lines = []
    for e in entries[-limit:]:
        who = (e.get("agent") or {}).get("summary", "system")
        lines.append(f"{e.get('created_at', '?')} {who}: {e.get('summary', e.get('type'))}")
    return "\n".join(lines)
