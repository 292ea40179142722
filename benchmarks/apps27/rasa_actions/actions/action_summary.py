"""Conversation summaries (for the agent console and for the CRM ticket)."""
from __future__ import annotations

import asyncio
import logging
from typing import List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.constants import SLOT_HANDOFF_SUMMARY
from actions.utils import tenant_of, transcript
from llm import get_cohere_client, get_hf_client, get_settings
from llm.clients import async_anthropic_client
from llm.prompts import SUMMARY_SYSTEM
from services.llm_usage_tracker import llm_tracker

logger = logging.getLogger(__name__)


class ActionSummarizeConversation(Action):
    """Summary shown to the human agent. Tracked: this one runs on every handoff."""

    def name(self) -> Text:
        return "action_summarize_conversation"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        text = transcript(tracker, limit=40)
        if not text:
            return [SlotSet(SLOT_HANDOFF_SUMMARY, None)]

        model = get_settings().model_for("anthropic")
        async with llm_tracker.track_llm_call(
            provider="anthropic",
            model=model,
            feature_context="handoff_summary",
            tenant=tenant_of(tracker),
            conversation_id=tracker.sender_id,
        ) as usage_log:
            msg = await async_anthropic_client.messages.create(
                model=model,
                max_tokens=400,
                system=SUMMARY_SYSTEM,
                messages=[{"role": "user", "content": text}],
            )
            usage_log.input_tokens = msg.usage.input_tokens
            usage_log.output_tokens = msg.usage.output_tokens

        summary = "".join(b.text for b in msg.content if b.type == "text").strip()
        return [SlotSet(SLOT_HANDOFF_SUMMARY, summary)]


class ActionSummarizeForTicket(Action):
    """Short, neutral summary that goes into the CRM ticket description.

    Uses Cohere because legal wanted ticket data to stay in the EU region.
    """

    def name(self) -> Text:
        return "action_summarize_for_ticket"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        co = get_cohere_client()
        response = co.chat(
            model=get_settings().model_for("cohere"),
            messages=[
                {"role": "system", "content": SUMMARY_SYSTEM + "\nWrite plain text, no markdown."},
                {"role": "user", "content": transcript(tracker, limit=40)},
            ],
            temperature=0.1,
            max_tokens=300,
        )
        summary = response.message.content[0].text.strip()
        return [SlotSet("ticket_summary", summary)]


class ActionQuickRecap(Action):
    """Recap offered to the customer when they come back to an old conversation.

    Uses a small extractive-ish summarisation model on the HF inference API; it is
    cheap and good enough for a 2-line recap.
    """

    def name(self) -> Text:
        return "action_quick_recap"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        text = transcript(tracker, limit=20)
        if len(text) < 200:
            return []
        client = get_hf_client(get_settings().model_for("huggingface_summary"))
        try:
            result = await asyncio.to_thread(client.summarization, text)
        except Exception:  # noqa: BLE001
            logger.warning("recap failed for %s", tracker.sender_id, exc_info=True)
            return []
        dispatcher.utter_message(response="utter_recap_intro")
        dispatcher.utter_message(text=result.summary_text)
        return []
