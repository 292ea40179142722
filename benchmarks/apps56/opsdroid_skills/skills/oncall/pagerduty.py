"""PagerDuty REST helpers."""
import datetime as dt
import logging

import aiohttp

_LOGGER = logging.getLogger(__name__)

API = "https://api.pagerduty.com"


class PagerDuty:
    def __init__(self, token):
        self.headers = {
            "Authorization": f"Token token={token}",
            "Accept": "application/vnd.pagerduty+json;version=2",
        }

    async def incidents_since(self, hours=12):
        since = (dt.datetime.now(dt.timezone.utc) - dt.timedelta(hours=hours)).isoformat()
        async with aiohttp.ClientSession(headers=self.headers) as session:
            async with session.get(f"{API}/incidents", params={"since": since, "limit": 100}) as resp:
                resp.raise_for_status()
                data = await resp.json()
        return data.get("incidents", [])

    async def current_oncall(self, schedule_id):
        async with aiohttp.ClientSession(headers=self.headers) as session:
            async with session.get(f"{API}/oncalls", params={"schedule_ids[]": schedule_id}) as resp:
                resp.raise_for_status()
                data = await resp.json()
        oncalls = data.get("oncalls", [])
        return oncalls[0]["user"]["summary"] if oncalls else None
