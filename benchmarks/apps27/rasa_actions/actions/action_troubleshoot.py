"""Guided troubleshooting once the troubleshoot form is filled."""
from __future__ import annotations

import logging
import os
from typing import Dict, List, Text

import ollama
from google.genai import types
from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.constants import SLOT_DEVICE, SLOT_ISSUE, SLOT_ISSUE_CATEGORY
from actions.utils import latest_text
from llm import get_genai_client, get_settings

logger = logging.getLogger(__name__)

# canned first steps per category; the LLM adapts them to the device
KB_STEPS: Dict[str, List[str]] = {
    "no_signal": [
        "Toggle airplane mode on and off.",
        "Check that mobile data and roaming settings are correct.",
        "Restart the phone.",
        "Check the outage map at https://telvio.example/status.",
    ],
    "slow_data": [
        "Run a speed test at https://telvio.example/speed.",
        "Check whether you've used your high-speed allowance in the app.",
        "Switch network mode to 5G/4G automatic.",
    ],
    "wifi_router": [
        "Unplug the router for 30 seconds.",
        "Check that the DSL/fibre light is steady.",
        "Move the router away from metal objects and microwaves.",
    ],
}

TRANSLATION_HOST = os.getenv("TRANSLATION_OLLAMA_HOST", "http://ollama-mt.support-bot.svc:11434")


class ActionSuggestFix(Action):
    def name(self) -> Text:
        return "action_suggest_fix"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        category = tracker.get_slot(SLOT_ISSUE_CATEGORY) or "other"
        device = tracker.get_slot(SLOT_DEVICE) or "unknown device"
        issue = tracker.get_slot(SLOT_ISSUE) or latest_text(tracker)
        steps = KB_STEPS.get(category)
        if not steps:
            dispatcher.utter_message(response="utter_troubleshoot_generic")
            return []

        chat = get_genai_client().chats.create(
            model=get_settings().model_for("google"),
            config=types.GenerateContentConfig(
                system_instruction=(
                    "You are a telecom technician. Adapt the given steps to the customer's device. "
                    "Use numbered steps, keep the links, max 6 steps."
                ),
                temperature=0.2,
            ),
        )
        reply = chat.send_message(
            f"Device: {device}\nProblem: {issue}\nStandard steps:\n" + "\n".join(f"- {s}" for s in steps)
        )
        dispatcher.utter_message(text=reply.text)
        dispatcher.utter_message(response="utter_ask_did_that_help")
        return [SlotSet("troubleshoot_steps_sent", True)]


class ActionTranslateReply(Action):
    """Translates the last bot message for customers who set a non-supported language."""

    def name(self) -> Text:
        return "action_translate_reply"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        language = tracker.get_slot("preferred_language")
        last_bot = next((e.get("text") for e in reversed(tracker.events) if e.get("event") == "bot"), None)
        if not language or not last_bot:
            return []
        client = ollama.AsyncClient(host=TRANSLATION_HOST)
        resp = await client.chat(
            model="aya-expanse:8b",
            messages=[
                {"role": "system", "content": f"Translate to {language}. Output only the translation."},
                {"role": "user", "content": last_bot},
            ],
        )
        dispatcher.utter_message(text=resp.message.content)
        return []
