"""Minimal Jira REST client (we only need a handful of endpoints)."""
import logging

import aiohttp

_LOGGER = logging.getLogger(__name__)


class JiraClient:
    def __init__(self, base_url, user, token):
        self.base_url = base_url.rstrip("/")
        self.auth = aiohttp.BasicAuth(user, token)

    async def _request(self, method, path, **kwargs):
        async with aiohttp.ClientSession(auth=self.auth) as session:
            async with session.request(method, f"{self.base_url}/rest/api/3{path}", **kwargs) as resp:
                resp.raise_for_status()
                if resp.status == 204:
                    return None
                return await resp.json()

    async def get(self, key):
        return await self._request("GET", f"/issue/{key}")

    async def search(self, jql, max_results=50):
        data = await self._request("POST", "/search", json={"jql": jql, "maxResults": max_results})
        return data.get("issues", [])

    async def create(self, project, summary, description, issue_type="Task", labels=None):
        fields = {
            "project": {"key": project},
            "summary": summary,
            "issuetype": {"name": issue_type},
            "description": {
                "type": "doc",
                "version": 1,
                "content": [{"type": "paragraph", "content": [{"type": "text", "text": description}]}],
            },
            "labels": labels or [],
        }
        return await self._request("POST", "/issue", json={"fields": fields})

    async def label(self, key, labels, priority=None):
        update = {"labels": [{"add": l} for l in labels]}
        fields = {"priority": {"name": priority}} if priority else {}
        await self._request("PUT", f"/issue/{key}", json={"update": update, "fields": fields})

    async def comment(self, key, text):
        body = {"body": {"type": "doc", "version": 1, "content": [{"type": "paragraph", "content": [{"type": "text", "text": text}]}]}}
        return await self._request("POST", f"/issue/{key}/comment", json=body)


def plain_description(issue):
    desc = issue["fields"].get("description") or {}
    out = []
    for block in desc.get("content", []):
        for inner in block.get("content", []):
            if inner.get("type") == "text":
                out.append(inner.get("text", ""))
    return "\n".join(out)
