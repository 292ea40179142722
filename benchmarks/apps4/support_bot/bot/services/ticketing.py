"""Zendesk integration (tickets for human agents)."""
from __future__ import annotations

import logging
from typing import Any, Dict, Optional

import requests

from bot.config import get_settings
from bot.errors import TicketingError
from bot.models import Ticket

log = logging.getLogger(__name__)

PRIORITY_MAP = {"low": "low", "normal": "normal", "high": "high", "urgent": "urgent", "critical": "urgent"}


class ZendeskClient:
    def __init__(self, subdomain: Optional[str] = None, email: Optional[str] = None, token: Optional[str] = None):
        s = get_settings()
        self.base_url = f"https://{subdomain or s.zendesk_subdomain}.zendesk.com"
        self._session = requests.Session()
        self._session.auth = (f"{email or s.zendesk_email}/token", token or s.zendesk_token)
        self._session.headers.update({"Content-Type": "application/json"})

    def create_ticket(self, ticket: Ticket) -> int:
        payload: Dict[str, Any] = {
            "ticket": {
                "subject": ticket.subject[:150],
                "comment": {"body": ticket.description},
                "priority": PRIORITY_MAP.get(ticket.priority, "normal"),
                "tags": ["support-bot", *ticket.tags],
            }
        }
        if ticket.requester_email:
            payload["ticket"]["requester"] = {"email": ticket.requester_email}
        if ticket.external_id:
            payload["ticket"]["external_id"] = ticket.external_id
        resp = self._session.post(f"{self.base_url}/api/v2/tickets.json", json=payload, timeout=15)
        if resp.status_code >= 400:
            log.error("zendesk create failed: %s %s", resp.status_code, resp.text[:300])
            raise TicketingError(f"zendesk returned {resp.status_code}")
        ticket_id = resp.json()["ticket"]["id"]
        log.info("opened zendesk ticket", extra={"ticket_id": ticket_id})
        return ticket_id

    def add_internal_note(self, ticket_id: int, body: str) -> None:
        resp = self._session.put(
            f"{self.base_url}/api/v2/tickets/{ticket_id}.json",
            json={"ticket": {"comment": {"body": body, "public": False}}},
            timeout=15,
        )
        resp.raise_for_status()


class AccountDirectory:
    """Read-only view of workspace billing data from the internal admin API."""

    def __init__(self, base_url: str = "http://admin-api.internal:8080") -> None:
        self.base_url = base_url

    def lookup(self, workspace_id: str) -> Dict[str, Any]:
        resp = requests.get(f"{self.base_url}/v1/workspaces/{workspace_id}", timeout=5)
        if resp.status_code == 404:
            return {"error": "workspace not found"}
        resp.raise_for_status()
        data = resp.json()
        return {k: data.get(k) for k in ("plan", "seats", "billing_status", "renewal_date", "region")}
