"""Human handoff: open a CRM ticket, summarise, and pause the bot."""
from __future__ import annotations

import logging
from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ConversationPaused, EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.constants import (
    HANDOFF_QUEUE_DEFAULT,
    HANDOFF_QUEUE_ESCALATION,
    FRUSTRATION_ESCALATE_AT,
    SLOT_ACCOUNT_ID,
    SLOT_HANDOFF_SUMMARY,
    SLOT_MSISDN,
)
from actions.utils import as_chat_messages, transcript
from connectors.crm import CRMError, get_crm
from connectors.sms import send_sms
from llm import anthropic_client, get_settings, provider
from llm.prompts import SUMMARY_SYSTEM

logger = logging.getLogger(__name__)


def _ticket_subject(tracker: Tracker) -> str:
    """One-line subject from the open-weights model; cheap and fine for a title."""
    out = provider.hf.chat_completion(
        messages=[
            {"role": "system", "content": "Write a ticket subject (max 10 words) for this support chat."},
            {"role": "user", "content": transcript(tracker, limit=12)},
        ],
        max_tokens=30,
        temperature=0.2,
    )
    return out.choices[0].message.content.strip().strip('"')


class ActionHandoffToAgent(Action):
    def name(self) -> Text:
        return "action_handoff_to_agent"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        crm = get_crm()
        frustration = int(tracker.get_slot("frustration_level") or 0)
        queue = HANDOFF_QUEUE_ESCALATION if frustration >= FRUSTRATION_ESCALATE_AT else HANDOFF_QUEUE_DEFAULT
        summary = tracker.get_slot(SLOT_HANDOFF_SUMMARY) or ""

        try:
            subject = _ticket_subject(tracker)
        except Exception:  # noqa: BLE001
            subject = "Chatbot handoff"

        try:
            ticket = crm.tickets.create(
                customer_id=tracker.get_slot(SLOT_ACCOUNT_ID) or "unknown",
                subject=subject,
                description=summary or transcript(tracker, limit=30),
                queue=queue,
                priority="high" if queue == HANDOFF_QUEUE_ESCALATION else "normal",
                tags=["chatbot", f"channel:{tracker.get_latest_input_channel() or 'unknown'}"],
            )
        except CRMError:
            logger.exception("could not open ticket for %s", tracker.sender_id)
            dispatcher.utter_message(response="utter_handoff_failed")
            return []

        if crm.agents_available(queue) == 0:
            msisdn = tracker.get_slot(SLOT_MSISDN)
            if msisdn:
                send_sms(msisdn, f"Telvio: we opened case {ticket.id}. An agent will call you back.")
            dispatcher.utter_message(response="utter_handoff_callback", ticket_id=ticket.id)
            return [SlotSet("ticket_id", ticket.id)]

        session_id = crm.chat(ticket.id, as_chat_messages(tracker, limit=50), summary)
        dispatcher.utter_message(response="utter_handoff_connecting")
        return [SlotSet("ticket_id", ticket.id), SlotSet("livechat_session", session_id), ConversationPaused()]


class ActionDraftAgentReply(Action):
    """Drafts a suggested first reply for the agent (shown in the console, not to the user).

    Streams so the console can show tokens as they arrive.
    """

    def name(self) -> Text:
        return "action_draft_agent_reply"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        chunks: List[str] = []
        with anthropic_client.messages.stream(
            model=get_settings().model_for("anthropic_large"),
            max_tokens=350,
            system=SUMMARY_SYSTEM
            + "\nThen, after a line '---', draft the agent's first reply to the customer.",
            messages=[{"role": "user", "content": transcript(tracker, limit=40)}],
        ) as stream:
            for text in stream.text_stream:
                chunks.append(text)
        draft = "".join(chunks)
        _, _, reply = draft.partition("---")
        payload: Dict[str, Any] = {"agent_draft": reply.strip() or draft.strip()}
        dispatcher.utter_message(json_message=payload)
        return []
