"""Frustration tracking + abuse screening, run after every user turn via a rule."""
from __future__ import annotations

import logging
from typing import List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.constants import FRUSTRATION_ESCALATE_AT, SLOT_FRUSTRATION
from actions.utils import latest_text, transcript
from llm import async_openai_client, get_settings
from llm.prompts import SENTIMENT_INSTRUCTIONS

logger = logging.getLogger(__name__)


class ActionCheckSentiment(Action):
    def name(self) -> Text:
        return "action_check_sentiment"

    async def _is_abusive(self, text: str) -> bool:
        result = await async_openai_client.moderations.create(
            model="omni-moderation-latest",
            input=text,
        )
        flagged = result.results[0]
        if flagged.flagged:
            logger.info("moderation flagged turn: %s", flagged.categories)
        return bool(flagged.flagged and (flagged.categories.harassment or flagged.categories.hate))

    async def _frustration(self, history: str) -> int:
        response = await async_openai_client.responses.create(
            model=get_settings().model_for("openai"),
            instructions=SENTIMENT_INSTRUCTIONS,
            input=history,
            max_output_tokens=16,
            temperature=0,
        )
        digits = [c for c in response.output_text if c.isdigit()]
        return min(int(digits[0]), 5) if digits else 0

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        if not get_settings().enable_sentiment:
            return []
        text = latest_text(tracker)
        if not text:
            return []

        try:
            if await self._is_abusive(text):
                dispatcher.utter_message(response="utter_abuse_warning")
                return [SlotSet("abuse_warnings", int(tracker.get_slot("abuse_warnings") or 0) + 1)]
            level = await self._frustration(transcript(tracker, limit=6))
        except Exception:  # noqa: BLE001 - sentiment must never break the dialogue
            logger.warning("sentiment check failed", exc_info=True)
            return []

        events: List[EventType] = [SlotSet(SLOT_FRUSTRATION, level)]
        previous = int(tracker.get_slot(SLOT_FRUSTRATION) or 0)
        if level >= FRUSTRATION_ESCALATE_AT and previous < FRUSTRATION_ESCALATE_AT:
            dispatcher.utter_message(response="utter_offer_agent")
            events.append(FollowupAction("action_listen"))
        return events
