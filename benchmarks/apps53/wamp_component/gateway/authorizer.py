"""Dynamic authorizer for the realm (crossbar ``authorizer`` procedure).

Crossbar calls ``com.app.authorize(session, uri, action, options)`` for every
call/register/subscribe/publish on the realm.  Front-end sessions (authrole
``frontend``) may call ``com.app.*`` procedures but never register; backends
(authrole ``backend``) may register anything under ``com.app.``.

Also enforces per-user daily quotas for the expensive procedures.
"""
from __future__ import annotations

import datetime as dt
import logging

from autobahn.asyncio.wamp import ApplicationSession

log = logging.getLogger(__name__)

EXPENSIVE = {
    "com.app.chat": 1,
    "com.app.chat.stream": 1,
    "com.app.summarise": 3,
    "com.app.ask_docs": 2,
    "com.app.worker.digest": 5,
}
DAILY_BUDGET = {"free": 50, "pro": 1000, "staff": 100_000}

FRONTEND_DENY = ("com.app.worker.", "com.app.vectors.", "com.app.costs")


class QuotaBook:
    """In-memory counters; reset at midnight UTC.  Good enough because the
    authorizer runs as a single router-side component."""

    def __init__(self) -> None:
        self.day = dt.date.today()
        self.used: dict[str, int] = {}

    def _roll(self) -> None:
        today = dt.datetime.now(dt.timezone.utc).date()
        if today != self.day:
            self.day = today
            self.used.clear()

    def charge(self, user: str, plan: str, cost: int) -> bool:
        self._roll()
        budget = DAILY_BUDGET.get(plan, DAILY_BUDGET["free"])
        spent = self.used.get(user, 0)
        if spent + cost > budget:
            return False
        self.used[user] = spent + cost
        return True

    def remaining(self, user: str, plan: str) -> int:
        self._roll()
        return DAILY_BUDGET.get(plan, DAILY_BUDGET["free"]) - self.used.get(user, 0)


def decide(session: dict, uri: str, action: str, quotas: QuotaBook) -> bool | dict:
    role = session.get("authrole")
    if role in ("backend", "trusted"):
        return True
    if role != "frontend":
        return False
    if action in ("register",):
        return False
    if action == "publish":
        return uri in ("com.app.feedback",) or uri.startswith("com.app.documents.")
    if action == "subscribe":
        return uri.startswith("com.app.")
    if any(uri.startswith(p) for p in FRONTEND_DENY):
        return False
    cost = EXPENSIVE.get(uri)
    if cost:
        extra = session.get("authextra") or {}
        plan = extra.get("plan", "free")
        if not quotas.charge(session.get("authid", "anon"), plan, cost):
            log.info("quota exhausted for %s (%s)", session.get("authid"), plan)
            return False
    return {"allow": True, "disclose": True, "cache": cost is None}


class Authorizer(ApplicationSession):
    async def onJoin(self, details):
        self.quotas = QuotaBook()
        await self.register(self.authorize, "com.app.authorize")
        await self.register(self.quota, "com.app.quota")
        log.info("authorizer ready")

    def authorize(self, session, uri, action, options=None):
        verdict = decide(session, uri, action, self.quotas)
        log.debug("authorize %s %s %s -> %s", session.get("authid"), action, uri, verdict)
        return verdict

    def quota(self, authid: str, plan: str = "free") -> int:
        return self.quotas.remaining(authid, plan)
