"""Thin ServiceNow Table API client (incidents)."""

import logging
from typing import Optional

import aiohttp

from config import ServiceNowSettings

logger = logging.getLogger(__name__)


class IncidentsResource:
    def __init__(self, parent: "ServiceNowClient"):
        self._parent = parent

    async def create(self, short_description: str, description: str, caller_id: str, category: str = "inquiry", urgency: int = 3) -> dict:
        payload = {
            "short_description": short_description,
            "description": description,
            "caller_id": caller_id,
            "category": category,
            "urgency": str(urgency),
            "assignment_group": self._parent.settings.assignment_group,
        }
        return await self._parent._request("POST", "/api/now/table/incident", json=payload)

    async def get(self, sys_id: str) -> dict:
        return await self._parent._request("GET", f"/api/now/table/incident/{sys_id}")

    async def list_open(self, caller_id: str, limit: int = 5) -> list:
        params = {"sysparm_query": f"caller_id={caller_id}^active=true", "sysparm_limit": str(limit)}
        return await self._parent._request("GET", "/api/now/table/incident", params=params)

    async def add_comment(self, sys_id: str, comment: str) -> dict:
        return await self._parent._request("PATCH", f"/api/now/table/incident/{sys_id}", json={"comments": comment})


class ServiceNowClient:
    def __init__(self, settings: Optional[ServiceNowSettings] = None, session: Optional[aiohttp.ClientSession] = None):
        self.settings = settings or ServiceNowSettings()
        self._session = session
        self.incidents = IncidentsResource(self)

    async def _get_session(self) -> aiohttp.ClientSession:
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(
                auth=aiohttp.BasicAuth(self.settings.username, self.settings.password),
                headers={"Accept": "application/json"},
            )
        return self._session

    async def _request(self, method: str, path: str, **kwargs):
        session = await self._get_session()
        async with session.request(method, self.settings.instance_url + path, **kwargs) as resp:
            resp.raise_for_status()
            data = await resp.json()
        return data.get("result", data)

    async def close(self) -> None:
        if self._session and not self._session.closed:
            await self._session.close()
