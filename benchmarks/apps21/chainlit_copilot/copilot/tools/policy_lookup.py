"""Policy admin system client (internal REST). No LLM here."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any, Optional

import httpx

from copilot.config import settings

log = logging.getLogger(__name__)


class PolicyAdminClient:
    def __init__(self, base_url: str | None = None, token: str | None = None) -> None:
        self._http = httpx.AsyncClient(
            base_url=base_url or settings.policy_api_url,
            headers={"Authorization": f"Bearer {token or settings.policy_api_token}"},
            timeout=15.0,
        )

    async def get_policy(self, policy_number: str) -> Optional[dict[str, Any]]:
        resp = await self._http.get(f"/policies/{policy_number}")
        if resp.status_code == 404:
            return None
        resp.raise_for_status()
        return resp.json()

    async def search_policies(self, insured_name: str, limit: int = 5) -> list[dict[str, Any]]:
        resp = await self._http.get("/policies", params={"insured": insured_name, "limit": limit})
        resp.raise_for_status()
        return resp.json()["items"]

    async def get_claim(self, claim_id: str) -> dict[str, Any]:
        resp = await self._http.get(f"/claims/{claim_id}", params={"expand": "notes,reserves,payments"})
        resp.raise_for_status()
        return resp.json()

    async def add_note(self, policy_number: str, note: "PolicyNote") -> dict[str, Any]:
        resp = await self._http.post(f"/policies/{policy_number}/notes", json=note.as_payload())
        resp.raise_for_status()
        return resp.json()

    async def aclose(self) -> None:
        await self._http.aclose()


@dataclass
class PolicyNote:
    author: str
    body: str
    category: str
    created_at: datetime

    @classmethod
    def create(cls, author: str, body: str, category: str = "copilot") -> "PolicyNote":
        return cls(author=author, body=body[:4000], category=category, created_at=datetime.now(timezone.utc))

    def as_payload(self) -> dict[str, Any]:
        return {
            "author": self.author,
            "body": self.body,
            "category": self.category,
            "createdAt": self.created_at.isoformat(),
        }


def format_policy_card(policy: dict[str, Any]) -> str:
    cov = "\n".join(
        f"- **{c['name']}**: limit ${c['limit']:,} / deductible ${c.get('deductible', 0):,}"
        for c in policy.get("coverages", [])
    )
    return (
        f"### Policy {policy['number']} ({policy['line']})\n"
        f"Insured: {policy['insured']['name']}  \n"
        f"Term: {policy['effective']} -> {policy['expiration']}  \n"
        f"Status: {policy['status']}  \n"
        f"Premium: ${policy['premium']:,.2f}\n\n{cov}"
    )
