"""Opens an incident doc for page-level alerts, drafted by Mistral, runbooks linked via Voyage."""
from __future__ import annotations

import os

import httpx
from mistralai import Mistral

from monitor.jobs.embedding_refresh import find_runbooks
from monitor.reporters.base import Reporter, register

INCIDENT_API = os.environ.get("INCIDENT_API", "https://incidents.internal/api/v1/incidents")


@register("incident")
class IncidentReporter(Reporter):
    def __init__(self, config, ctx=None) -> None:
        super().__init__(config, ctx)
        self._mistral = Mistral(api_key=os.environ.get("MISTRAL_API_KEY", ""))
        self.model = config.get("model", "mistral-small-latest")

    def draft(self, title: str, body: str) -> str:
        res = self._mistral.chat.complete(
            model=self.model,
            messages=[
                {"role": "system", "content": "Draft an incident doc: Summary, Impact, Timeline, Next steps."},
                {"role": "user", "content": f"{title}\n\n{body}"},
            ],
            temperature=0.2,
        )
        return res.choices[0].message.content

    async def draft_streaming(self, title: str, body: str) -> str:
        chunks = []
        stream = await self._mistral.chat.stream_async(
            model=self.model,
            messages=[{"role": "user", "content": f"Draft an incident doc for: {title}\n{body}"}],
        )
        async for event in stream:
            delta = event.data.choices[0].delta.content
            if delta:
                chunks.append(delta)
        return "".join(chunks)

    async def send(self, title: str, body: str) -> None:
        if "[page]" not in body:
            return
        doc = self.draft(title, body)
        runbooks = find_runbooks(self.ctx, body) if self.ctx else []
        async with httpx.AsyncClient(timeout=15) as client:
            resp = await client.post(
                INCIDENT_API,
                json={"title": title, "body": doc, "runbooks": runbooks, "source": "monitor"},
            )
            resp.raise_for_status()
