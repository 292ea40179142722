"""Polling source over the helpdesk incremental export API.

One partition per brand; the cursor (``end_time``) is the resumable state.
"""
from __future__ import annotations

import json
import logging
from datetime import datetime, timedelta, timezone
from typing import Iterable

import httpx
from bytewax.inputs import FixedPartitionedSource, StatefulSourcePartition

from common.schema import SupportMessage

log = logging.getLogger(__name__)


class _BrandPartition(StatefulSourcePartition[SupportMessage, int]):
    def __init__(self, base_url: str, token: str, brand: str, cursor: int, interval: timedelta):
        self._http = httpx.Client(base_url=base_url, headers={"Authorization": f"Bearer {token}"}, timeout=20)
        self._brand = brand
        self._cursor = cursor
        self._interval = interval
        self._next_awake = datetime.now(timezone.utc)

    def next_batch(self) -> Iterable[SupportMessage]:
        resp = self._http.get(
            "/api/v2/incremental/ticket_events.json",
            params={"start_time": self._cursor, "include": "comment_events", "brand": self._brand},
        )
        self._next_awake = datetime.now(timezone.utc) + self._interval
        if resp.status_code == 429:
            retry_after = int(resp.headers.get("Retry-After", "30"))
            self._next_awake = datetime.now(timezone.utc) + timedelta(seconds=retry_after)
            return []
        resp.raise_for_status()
        payload = resp.json()
        self._cursor = payload.get("end_time", self._cursor)
        out = []
        for event in payload.get("ticket_events", []):
            for child in event.get("child_events", []):
                if child.get("event_type") != "Comment" or not child.get("public", True):
                    continue
                out.append(
                    SupportMessage.from_json(
                        json.dumps(
                            {
                                "id": child["id"],
                                "conversation_id": event["ticket_id"],
                                "customer_id": event.get("updater_id"),
                                "channel": event.get("via", {}).get("channel", "web"),
                                "body": child.get("body", ""),
                                "received_at": event.get("created_at"),
                                "metadata": {"brand": self._brand},
                            }
                        )
                    )
                )
        return out

    def next_awake(self):
        return self._next_awake

    def snapshot(self) -> int:
        return self._cursor

    def close(self) -> None:
        self._http.close()


class HelpdeskSource(FixedPartitionedSource[SupportMessage, int]):
    def __init__(self, base_url: str, token: str, brands: list[str], interval: timedelta = timedelta(seconds=30)):
        self.base_url = base_url
        self.token = token
        self.brands = brands
        self.interval = interval

    def list_parts(self) -> list[str]:
        return list(self.brands)

    def build_part(self, step_id: str, for_part: str, resume_state: int | None) -> _BrandPartition:
        start = resume_state or int((datetime.now(timezone.utc) - timedelta(hours=1)).timestamp())
        return _BrandPartition(self.base_url, self.token, for_part, start, self.interval)
