"""alerts skill: periodic digests of firing alerts."""
import logging

from opsdroid.events import Message
from opsdroid.matchers import match_crontab, match_regex, match_webhook
from opsdroid.skill import Skill

from skills.common import anthropic_client, bedrock_runtime, remember
from skills.common.config import room, setting
from skills.common.formatting import severity_emoji, shorten

from .alertmanager import AlertmanagerClient, fingerprint_set
from .summarizer import AlertSummarizer

_LOGGER = logging.getLogger(__name__)

SEEN_KEY = "alerts.seen_fingerprints"


class AlertSummarySkill(Skill):
    def __init__(self, opsdroid, config):
        super().__init__(opsdroid, config)
        self.alertmanager = AlertmanagerClient(setting(config, "alertmanager_url", required=True))
        self.summarizer = AlertSummarizer(
            anthropic_client(config),
            runtime=bedrock_runtime(config),
            model=config.get("summary_model", "claude-3-5-haiku-latest"),
        )
        self.room = room(config, "#ops-alerts")

    async def _post(self, text):
        connector = self.opsdroid.default_connector
        await connector.send(Message(text=text, target=self.room, connector=connector))

    @match_crontab("*/30 * * * *", timezone="UTC")
    async def periodic_digest(self, event):
        alerts = await self.alertmanager.firing()
        if not alerts:
            return
        seen = set(await self.opsdroid.memory.get(SEEN_KEY) or [])
        new = [a for a in alerts if a.get("fingerprint") not in seen]
        if not new:
            return
        text = await self.summarizer.digest_with_fallback(new)
        await self._post(f"*Alert digest* ({len(new)} new)\n{text}")
        await self.opsdroid.memory.put(SEEN_KEY, sorted(fingerprint_set(alerts)))

    @match_regex(r"^alerts( now)?$", case_sensitive=False)
    async def alerts_now(self, message):
        alerts = await self.alertmanager.firing()
        if not alerts:
            await message.respond("Nothing firing :tada:")
            return
        await message.respond(await self.summarizer.digest(alerts))

    @match_webhook("alertmanager")
    async def webhook(self, event):
        payload = await event.json()
        for alert in payload.get("alerts", []):
            if alert.get("status") != "firing":
                continue
            sev = alert.get("labels", {}).get("severity", "none")
            if sev != "critical":
                continue
            line = await self.summarizer.one_liner(alert)
            await remember(self.opsdroid, "alerts.critical", alert.get("fingerprint"))
            await self._post(f"{severity_emoji(sev)} {shorten(line)}")

    @match_regex(r"^silence (?P<alertname>\S+) (?P<hours>\d+)h(?: (?P<why>.+))?$")
    async def silence(self, message):
        name = message.entities["alertname"]["value"]
        hours = int(message.entities["hours"]["value"])
        why = (message.entities.get("why") or {}).get("value") or "silenced via opsbot"
        sid = await self.alertmanager.silence(
            [{"name": "alertname", "value": name, "isRegex": False}], hours, message.user, why
        )
        await message.respond(f"Silenced `{name}` for {hours}h (id {sid})")
