"""Thin Alertmanager v2 API client."""
import logging

import aiohttp

_LOGGER = logging.getLogger(__name__)


class AlertmanagerClient:
    def __init__(self, base_url, timeout=10):
        self.base_url = base_url.rstrip("/")
        self.timeout = aiohttp.ClientTimeout(total=timeout)

    async def firing(self, receiver=None):
        params = {"active": "true", "silenced": "false", "inhibited": "false"}
        if receiver:
            params["receiver"] = receiver
        async with aiohttp.ClientSession(timeout=self.timeout) as session:
            async with session.get(f"{self.base_url}/api/v2/alerts", params=params) as resp:
                resp.raise_for_status()
                return await resp.json()

    async def silence(self, matchers, hours, author, comment):
        """Create a silence.  POST, but to Alertmanager, not to a model."""
        import datetime as dt

        now = dt.datetime.now(dt.timezone.utc)
        body = {
            "matchers": matchers,
            "startsAt": now.isoformat(),
            "endsAt": (now + dt.timedelta(hours=hours)).isoformat(),
            "createdBy": author,
            "comment": comment,
        }
        async with aiohttp.ClientSession(timeout=self.timeout) as session:
            async with session.post(f"{self.base_url}/api/v2/silences", json=body) as resp:
                resp.raise_for_status()
                return (await resp.json())["silenceID"]


def fingerprint_set(alerts):
    return {a.get("fingerprint") for a in alerts}
