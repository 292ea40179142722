"""Client for the internal CRM (Salesforce-ish REST facade run by the IT team)."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from typing import Any, Dict, List, Optional

import requests

logger = logging.getLogger(__name__)

CRM_BASE_URL = os.getenv("CRM_BASE_URL", "https://crm-gw.internal.telvio.net/api/v2")


class CRMError(RuntimeError):
    pass


@dataclass
class Ticket:
    id: str
    queue: str
    status: str
    url: str


class _Tickets:
    def __init__(self, session: requests.Session, base: str) -> None:
        self._s = session
        self._base = base

    def create(self, customer_id: str, subject: str, description: str, queue: str = "tier1",
               priority: str = "normal", tags: Optional[List[str]] = None) -> Ticket:
        payload = {
            "customerId": customer_id,
            "subject": subject,
            "description": description,
            "queue": queue,
            "priority": priority,
            "tags": tags or [],
        }
        r = self._s.post(f"{self._base}/tickets", json=payload, timeout=10)
        if r.status_code >= 400:
            raise CRMError(f"ticket create failed: {r.status_code} {r.text[:200]}")
        body = r.json()
        return Ticket(body["id"], body["queue"], body["status"], body["links"]["self"])

    def add_note(self, ticket_id: str, note: str) -> None:
        self._s.post(f"{self._base}/tickets/{ticket_id}/notes", json={"body": note}, timeout=10)


class CRMClient:
    def __init__(self, token: Optional[str] = None, base_url: str = CRM_BASE_URL) -> None:
        self._session = requests.Session()
        self._session.headers["Authorization"] = f"Bearer {token or os.getenv('CRM_TOKEN', '')}"
        self._base = base_url.rstrip("/")
        self.tickets = _Tickets(self._session, self._base)

    def customer(self, msisdn: str) -> Dict[str, Any]:
        r = self._session.get(f"{self._base}/customers", params={"msisdn": msisdn}, timeout=10)
        r.raise_for_status()
        items = r.json().get("items", [])
        if not items:
            raise CRMError(f"no customer for {msisdn}")
        return items[0]

    def chat(self, ticket_id: str, transcript: List[Dict[str, str]], summary: str) -> str:
        """Opens a live-chat session in the agent console and returns its id."""
        r = self._session.post(
            f"{self._base}/livechat/sessions",
            json={"ticketId": ticket_id, "transcript": transcript, "summary": summary},
            timeout=10,
        )
        r.raise_for_status()
        return r.json()["sessionId"]

    def agents_available(self, queue: str) -> int:
        r = self._session.get(f"{self._base}/livechat/queues/{queue}", timeout=5)
        r.raise_for_status()
        return int(r.json().get("availableAgents", 0))


_crm: Optional[CRMClient] = None


def get_crm() -> CRMClient:
    global _crm
    if _crm is None:
        _crm = CRMClient()
    return _crm
