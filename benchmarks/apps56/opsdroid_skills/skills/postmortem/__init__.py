"""postmortem skill."""
import logging

from opsdroid.events import Reaction
from opsdroid.matchers import match_event, match_regex
from opsdroid.skill import Skill

from skills.common import anthropic_client
from skills.common.formatting import chunk

from .drafter import PostmortemDrafter
from .timeline import extract_timeline, format_transcript, timeline_markdown

_LOGGER = logging.getLogger(__name__)


class PostmortemSkill(Skill):
    def __init__(self, opsdroid, config):
        super().__init__(opsdroid, config)
        self.drafter = PostmortemDrafter(
            anthropic_client(config), config.get("model", "claude-sonnet-4-20250514")
        )

    async def _channel_history(self, message, channel):
        connector = message.connector
        # slack connector exposes the raw web client
        resp = await connector.slack_web_client.conversations_history(channel=channel, limit=500)
        return list(reversed(resp["messages"]))

    @match_regex(r"^postmortem (?P<channel><#\w+(?:\|[^>]*)?>) (?P<sev>sev[1-4]) (?P<title>.+)$")
    async def postmortem(self, message):
        channel = message.entities["channel"]["value"].strip("<>#").split("|")[0]
        severity = message.entities["sev"]["value"].upper()
        title = message.entities["title"]["value"]
        events = await self._channel_history(message, channel)
        transcript = format_transcript(events)
        size = await self.drafter.prompt_size(title, severity, transcript)
        await message.respond(f"Drafting post-mortem from {len(events)} messages (~{size} tokens)…")
        draft = await self.drafter.draft(title, severity, transcript)
        timeline = await extract_timeline(transcript)
        body = f"{draft}\n\n## Extracted timeline\n| Time | Event |\n|---|---|\n{timeline_markdown(timeline)}"
        for part in chunk(body):
            await message.respond(part)
        await self.opsdroid.memory.put(f"postmortem.{channel}", {"title": title, "draft": draft})

    @match_regex(r"^action items for (?P<channel><#\w+(?:\|[^>]*)?>)$")
    async def action_items(self, message):
        channel = message.entities["channel"]["value"].strip("<>#").split("|")[0]
        saved = await self.opsdroid.memory.get(f"postmortem.{channel}")
        if not saved:
            await message.respond("No draft for that channel yet, run `postmortem` first.")
            return
        await message.respond(await self.drafter.action_items(saved["draft"]))

    @match_event(Reaction)
    async def pin_to_timeline(self, event):
        if event.emoji not in ("memo", "pushpin"):
            return
        key = f"timeline.pins.{event.target}"
        pins = await self.opsdroid.memory.get(key) or []
        pins.append({"linked": getattr(event.linked_event, "raw_event", None) and event.linked_event.text})
        await self.opsdroid.memory.put(key, pins)
