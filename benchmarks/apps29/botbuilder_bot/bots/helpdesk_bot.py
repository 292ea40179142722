"""1:1 chat help desk bot."""

import logging
from typing import Dict

from botbuilder.core import ActivityHandler, MessageFactory, TurnContext
from botbuilder.dialogs import Dialog
from botbuilder.dialogs.dialog_extensions import DialogExtensions
from botbuilder.schema import ChannelAccount

from helpers.cards import usage_card
from helpers.prompts import HELPDESK_SYSTEM
from helpers.prompts import is_command, strip_mentions, truncate
from services.cost import summarize_usage
from services.llm_usage_tracker import llm_tracker
from services.provider_registry import fan_out, get_provider
from services.voice import transcribe_voice_note
from state.accessors import BotStateAccessors, ConversationData, UserProfile

logger = logging.getLogger(__name__)


class HelpdeskBot(ActivityHandler):
    def __init__(self, accessors: BotStateAccessors, services: Dict[str, object], ticket_dialog: Dialog, conversation_references: dict):
        self.accessors = accessors
        self.services = services
        self.llm = services["aoai"]
        self.settings = services["settings"]
        self.ticket_dialog = ticket_dialog
        self.conversation_references = conversation_references

    async def on_turn(self, turn_context: TurnContext):
        await super().on_turn(turn_context)
        await self.accessors.save(turn_context)

    async def on_members_added_activity(self, members_added: [ChannelAccount], turn_context: TurnContext):
        for member in members_added:
            if member.id != turn_context.activity.recipient.id:
                await turn_context.send_activity(
                    "Hi! I'm the IT help desk bot. Describe your problem, or type /ticket to open a ticket."
                )

    async def on_conversation_update_activity(self, turn_context: TurnContext):
        self._remember(turn_context)
        return await super().on_conversation_update_activity(turn_context)

    def _remember(self, turn_context: TurnContext) -> None:
        ref = TurnContext.get_conversation_reference(turn_context.activity)
        self.conversation_references[ref.user.id] = ref

    async def on_message_activity(self, turn_context: TurnContext):
        self._remember(turn_context)
        convo: ConversationData = await self.accessors.conversation_data.get(turn_context, ConversationData)
        profile: UserProfile = await self.accessors.user_profile.get(turn_context, UserProfile)
        profile.aad_object_id = turn_context.activity.from_property.aad_object_id
        profile.name = turn_context.activity.from_property.name

        dialog_state = await self.accessors.dialog_state.get(turn_context, dict)
        if dialog_state and dialog_state.get("dialogStack"):
            await DialogExtensions.run_dialog(self.ticket_dialog, turn_context, self.accessors.dialog_state)
            return

        if turn_context.activity.value and not turn_context.activity.text:
            await self._handle_card_submit(turn_context, turn_context.activity.value, convo)
            return

        text = strip_mentions(turn_context.activity.text)
        if not text and turn_context.activity.attachments:
            text = await self._from_voice_note(turn_context)
        if not text:
            return

        if is_command(text):
            await self._handle_command(turn_context, text, convo)
            return

        convo.add_turn("user", text)
        await turn_context.send_activity(MessageFactory.text("…"))  # typing placeholder

        if convo.provider and convo.provider != "azure":
            reply = await get_provider(convo.provider).complete(HELPDESK_SYSTEM, convo.history)
        else:
            reply = await self._azure_reply(convo)

        convo.add_turn("assistant", reply)
        await turn_context.send_activity(MessageFactory.text(truncate(reply)))

    async def _azure_reply(self, convo: ConversationData) -> str:
        completion = await self.llm.chat.completions.create(
            model=self.settings.chat_deployment,
            messages=[{"role": "system", "content": HELPDESK_SYSTEM}, *convo.history],
            temperature=0.3,
            max_tokens=700,
        )
        return completion.choices[0].message.content or ""

    async def _handle_card_submit(self, turn_context: TurnContext, value: dict, convo: ConversationData):
        action = value.get("action")
        if action == "feedback":
            rating = value.get("rating", "none")
            logger.info("feedback %s for conversation %s", rating, turn_context.activity.conversation.id)
            await turn_context.send_activity("Thanks for the feedback!")
        elif action == "escalate":
            convo.add_turn("user", "Please escalate this to a human engineer.")
            await DialogExtensions.run_dialog(self.ticket_dialog, turn_context, self.accessors.dialog_state)
        else:
            await turn_context.send_activity("Sorry, I didn't understand that card action.")

    async def _from_voice_note(self, turn_context: TurnContext) -> str:
        att = turn_context.activity.attachments[0]
        if not (att.content_type or "").startswith("audio/"):
            return ""
        from services.voice import download_attachment

        audio = await download_attachment(att.content_url, token="")
        text = await transcribe_voice_note(audio, filename=att.name or "note.m4a")
        await turn_context.send_activity(f"_I heard:_ {text}")
        return text

    async def _handle_command(self, turn_context: TurnContext, text: str, convo: ConversationData):
        cmd, _, arg = text.partition(" ")
        if cmd == "/ticket":
            await DialogExtensions.run_dialog(self.ticket_dialog, turn_context, self.accessors.dialog_state)
        elif cmd == "/provider":
            convo.provider = arg.strip() or None
            await turn_context.send_activity(f"Provider set to {convo.provider or 'default'}.")
        elif cmd == "/compare":
            answers = await fan_out(HELPDESK_SYSTEM, [{"role": "user", "content": arg}], ["azure", "anthropic", "gemini"])
            for key, answer in answers.items():
                await turn_context.send_activity(f"**{key}**: {truncate(answer, 1200)}")
        elif cmd == "/usage":
            await turn_context.send_activity(MessageFactory.attachment(usage_card(summarize_usage(llm_tracker.recent()))))
        elif cmd == "/reset":
            convo.history.clear()
            await turn_context.send_activity("Conversation cleared.")
        elif cmd == "/moderate":
            result = await self.llm.moderations.create(input=arg)
            await turn_context.send_activity("flagged" if result.results[0].flagged else "ok")
        else:
            await turn_context.send_activity("Commands: /ticket, /provider <name>, /compare <q>, /usage, /reset")
