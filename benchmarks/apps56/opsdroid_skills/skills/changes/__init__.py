"""changes skill: risk notes for deploys, status page drafts."""
import asyncio
import logging

from opsdroid.events import Message
from opsdroid.matchers import match_regex, match_webhook
from opsdroid.skill import Skill

from skills.common import TaskComplexity, multi_model_service
from skills.common.state import get_router, shared_clients
from skills.common.summaries import headline, summarise_thread

from .risk import assess_on_bedrock, assess_tracked, assess_with_claude

_LOGGER = logging.getLogger(__name__)

EU_CLUSTERS = {"prod-eu-1", "prod-eu-2"}


class ChangeRiskSkill(Skill):
    def __init__(self, opsdroid, config):
        super().__init__(opsdroid, config)
        self.clients = shared_clients(opsdroid, config)
        self.room = config.get("room", "#deploys")
        self.use_claude = bool(config.get("use_claude", True))

    async def _incidents(self):
        return await self.opsdroid.memory.get("alerts.critical") or []

    @match_webhook("argocd")
    async def on_deploy(self, event):
        payload = await event.json()
        app = payload.get("app", {})
        change = {
            "app": app.get("name"),
            "cluster": app.get("destination", {}).get("name"),
            "revision": app.get("revision"),
            "summary": payload.get("commitMessage", "")[:2000],
        }
        incidents = await self._incidents()
        if change["cluster"] in EU_CLUSTERS:
            result = await asyncio.to_thread(assess_on_bedrock, self.clients, change, incidents)
        elif self.use_claude:
            result = await assess_with_claude(self.clients, change, incidents)
        else:
            result = await assess_tracked(self.clients, change, incidents)
        if result.get("risk") in ("medium", "high"):
            connector = self.opsdroid.default_connector
            text = f"*{result['risk'].upper()} risk* deploy of `{change['app']}` to {change['cluster']}: {result['why']}"
            await connector.send(Message(text=text, target=self.room, connector=connector))

    @match_regex(r"^status draft (?P<incident>.+)$", case_sensitive=False)
    async def status_draft(self, message):
        incident = message.entities["incident"]["value"]
        body = await multi_model_service.generate_response(
            prompt=f"Draft a customer-facing status page update for: {incident}",
            task_type="status_page",
            complexity=TaskComplexity.MODERATE,
            system="Calm, factual, no internal hostnames, no blame, no ETAs unless given.",
        )
        title = await headline(self.clients["openai"], body)
        await message.respond(f"*{title}*\n{body}")

    @match_regex(r"^catch me up$", case_sensitive=False)
    async def catch_up(self, message):
        thread = await self.opsdroid.memory.get(f"thread.{message.target}") or []
        if not thread:
            await message.respond("Nothing to catch up on here.")
            return
        await message.respond(await summarise_thread(self.clients["openai"], thread[-200:]))

    @match_regex(r"^rollback advice (?P<app>\S+)$", case_sensitive=False)
    async def rollback_advice(self, message):
        app = message.entities["app"]["value"]
        router = get_router()
        response = await router.acompletion(
            model="ops-default",
            messages=[
                {"role": "system", "content": "You advise on Argo CD rollbacks. Be specific, list commands."},
                {"role": "user", "content": f"Should we roll back {app}? Recent alerts: {await self._incidents()}"},
            ],
        )
        await message.respond(response.choices[0].message.content)
