"""Persistence helpers.

* per-user preferences in ``app.storage.user`` (browser-session scoped)
* campaigns / drafts as plain dicts in ``app.storage.general``
"""
from __future__ import annotations

import time
import uuid
from dataclasses import asdict, dataclass, field
from typing import Any

from nicegui import app

DEFAULTS: dict[str, Any] = {
    "brand": "Acme Cloud",
    "voice": "confident, warm, no jargon",
    "channel": "linkedin",
    "provider": "GPT-4o mini",
    "language": "German",
    "image_backend": "flux",
    "history": [],
}


def pref(key: str) -> Any:
    return app.storage.user.get(key, DEFAULTS.get(key))


def set_pref(key: str, value: Any) -> None:
    app.storage.user[key] = value


def current_user() -> str:
    return app.storage.user.get("email", "anonymous")


def push_history(entry: dict[str, Any], limit: int = 30) -> None:
    history = list(app.storage.user.get("history", []))
    history.insert(0, entry)
    app.storage.user["history"] = history[:limit]


def bump_counter(name: str) -> int:
    counters = app.storage.general.setdefault("counters", {})
    counters[name] = counters.get(name, 0) + 1
    return counters[name]


# --------------------------------------------------------------------------- domain objects


@dataclass
class CopyDraft:
    id: str
    campaign_id: str
    channel: str
    text: str
    author: str
    provider: str = "manual"
    created_at: float = field(default_factory=time.time)
    approved: bool = False

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Campaign:
    id: str
    name: str
    brand: str
    voice: str
    channels: list[str] = field(default_factory=list)
    owner: str = ""
    drafts: list[dict[str, Any]] = field(default_factory=list)

    @classmethod
    def create(cls, name: str, brand: str, voice: str, owner: str, channels: list[str] | None = None) -> "Campaign":
        campaign = cls(
            id=uuid.uuid4().hex[:10],
            name=name,
            brand=brand,
            voice=voice,
            owner=owner,
            channels=channels or ["linkedin", "email_subject"],
        )
        CampaignRepo().save(campaign)
        return campaign

    def add_draft(self, channel: str, text: str, author: str, provider: str) -> CopyDraft:
        draft = CopyDraft(uuid.uuid4().hex[:12], self.id, channel, text, author, provider)
        self.drafts.append(draft.to_dict())
        return draft


class CampaignRepo:
    """Tiny repository over app.storage.general['campaigns']."""

    KEY = "campaigns"

    def _bucket(self) -> dict[str, dict[str, Any]]:
        return app.storage.general.setdefault(self.KEY, {})

    def save(self, campaign: Campaign) -> None:
        self._bucket()[campaign.id] = asdict(campaign)

    def get(self, campaign_id: str) -> Campaign | None:
        raw = self._bucket().get(campaign_id)
        return Campaign(**raw) if raw else None

    def all(self) -> list[Campaign]:
        return [Campaign(**raw) for raw in self._bucket().values()]

    def delete(self, campaign_id: str) -> None:
        self._bucket().pop(campaign_id, None)
