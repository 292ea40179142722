"""Change-ticket helpers (ServiceNow)."""
from __future__ import annotations

import os
from dataclasses import dataclass

import requests


@dataclass
class ChangeRequest:
    number: str
    short_description: str
    state: str = "new"


class ChangeClient:
    """Tiny ServiceNow client. ``create`` opens a change request."""

    def __init__(self, instance: str | None = None):
        self.base = f"https://{instance or os.environ.get('SNOW_INSTANCE', 'example')}.service-now.com/api/now"
        self.session = requests.Session()
        self.session.auth = (os.environ.get("SNOW_USER", ""), os.environ.get("SNOW_PASSWORD", ""))

    def create(self, short_description: str, description: str) -> ChangeRequest:
        r = self.session.post(
            f"{self.base}/table/change_request",
            json={"short_description": short_description, "description": description},
            timeout=30,
        )
        r.raise_for_status()
        data = r.json()["result"]
        return ChangeRequest(number=data["number"], short_description=short_description)

    def add_work_note(self, sys_id: str, note: str) -> None:
        self.session.patch(f"{self.base}/table/change_request/{sys_id}", json={"work_notes": note}, timeout=30)


class ConfigGenerator:
    """Generates interface description stanzas; ``generate`` is pure templating."""

    def __init__(self, prefix: str = "description"):
        self.prefix = prefix

    def generate(self, neighbors: dict[str, str]) -> str:
        return "\n".join(f"interface {i}\n {self.prefix} to {n}" for i, n in sorted(neighbors.items()))
