"""Channel triage bot: watches #it-help and replies in thread with a quick diagnosis."""

import logging

from anthropic import AsyncAnthropic
from botbuilder.core import MessageFactory, TurnContext
from botbuilder.core.teams import TeamsActivityHandler, TeamsInfo
from botbuilder.schema.teams import TeamInfo

from helpers.prompts import TRIAGE_SYSTEM
from helpers.prompts import strip_mentions
from services.servicenow_client import ServiceNowClient

logger = logging.getLogger(__name__)


class ChannelTriageBot(TeamsActivityHandler):
    def __init__(self, claude: AsyncAnthropic, model: str, snow: ServiceNowClient, cohere_client=None):
        self._claude = claude
        self._model = model
        self._snow = snow
        self._cohere = cohere_client

    async def on_teams_members_added(self, teams_members_added, team_info: TeamInfo, turn_context: TurnContext):
        await turn_context.send_activity("IT triage is on. Mention me with your issue.")

    async def on_message_activity(self, turn_context: TurnContext):
        text = strip_mentions(turn_context.activity.text)
        if not text:
            return
        member = await TeamsInfo.get_member(turn_context, turn_context.activity.from_property.id)

        language = await self._detect_language(text)
        if language not in ("en", "unknown"):
            logger.info("non-English triage request (%s) from %s", language, member.email)

        async with self._claude.messages.stream(
            model=self._model,
            max_tokens=300,
            system=TRIAGE_SYSTEM,
            messages=[{"role": "user", "content": f"From {member.name} ({member.email}): {text}"}],
        ) as stream:
            diagnosis = await stream.get_final_text()

        open_tickets = await self._snow.incidents.list_open(caller_id=member.email, limit=3)
        if open_tickets:
            diagnosis += f"\n\nYou already have {len(open_tickets)} open ticket(s)."
        await turn_context.send_activity(MessageFactory.text(diagnosis))

    async def _detect_language(self, text: str) -> str:
        if self._cohere is None:
            return "unknown"
        resp = await self._cohere.chat(
            model="command-r",
            messages=[{"role": "user", "content": f"ISO 639-1 code of the language of this text, code only: {text[:500]}"}],
            max_tokens=4,
        )
        return resp.message.content[0].text.strip().lower()
