"""Background job: pushes outage digests to users who opted in (proactive messages)."""

import asyncio
import logging
from typing import Dict

import aiohttp
from botbuilder.core import MessageFactory, TurnContext
from botbuilder.schema import ConversationReference

from helpers.prompts import DIGEST_SYSTEM
from services.incident_http import draft_status_update
from services.multi_model_service import TaskComplexity, multi_model_service

logger = logging.getLogger(__name__)


class DigestJob:
    def __init__(self, adapter, app_id: str, references: Dict[str, ConversationReference], services: dict):
        self.adapter = adapter
        self.app_id = app_id
        self.references = references
        self.aoai = services["aoai"]
        self.settings = services["settings"]
        self.snow = services["snow"]
        self._last_digest = ""

    async def run_forever(self, interval: int) -> None:
        while True:
            try:
                await self.tick()
            except asyncio.CancelledError:
                raise
            except Exception:  # noqa: BLE001
                logger.exception("digest tick failed")
            await asyncio.sleep(interval)

    async def tick(self) -> None:
        notices = await self._fetch_major_incidents()
        if not notices:
            return
        digest = await self._write_digest(notices)
        if digest == self._last_digest:
            return
        self._last_digest = digest
        await self._broadcast(digest)

    async def _fetch_major_incidents(self) -> list:
        try:
            return await self.snow._request(
                "GET",
                "/api/now/table/incident",
                params={"sysparm_query": "major_incident_state=accepted^active=true", "sysparm_limit": "10"},
            )
        except aiohttp.ClientError:
            logger.warning("could not reach ServiceNow for major incidents")
            return []

    async def _write_digest(self, notices: list) -> str:
        lines = "\n".join(f"- {n['number']}: {n['short_description']} ({n.get('state', '?')})" for n in notices)
        if len(notices) > 3:
            # long digests go through the tracked service
            return await multi_model_service.generate_response(
                prompt=f"{DIGEST_SYSTEM}\n\n{lines}",
                task_type="proactive_digest",
                complexity=TaskComplexity.STANDARD,
            )
        resp = await self.aoai.chat.completions.create(
            model=self.settings.mini_deployment,
            messages=[{"role": "system", "content": DIGEST_SYSTEM}, {"role": "user", "content": lines}],
            max_tokens=250,
        )
        return resp.choices[0].message.content

    async def status_updates_for(self, incidents: list) -> Dict[str, str]:
        out = {}
        async with aiohttp.ClientSession() as session:
            for inc in incidents:
                out[inc["number"]] = await draft_status_update(session, inc, inc.get("work_notes", "").splitlines())
        return out

    async def _broadcast(self, text: str) -> None:
        async def _send(turn_context: TurnContext):
            await turn_context.send_activity(MessageFactory.text(text))

        for ref in list(self.references.values()):
            try:
                await self.adapter.continue_conversation(ref, _send, self.app_id)
            except Exception:  # noqa: BLE001
                logger.exception("proactive send failed for %s", ref.user.id if ref.user else "?")
