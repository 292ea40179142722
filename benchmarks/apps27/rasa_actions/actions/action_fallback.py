"""LLM-based intent fallback.

Rasa's FallbackClassifier predicts ``nlu_fallback`` when DIET is unsure; the rule in
``data/rules.yml`` then runs ``action_llm_intent_fallback``. We ask an LLM to pick the
intent and, if it is confident, re-inject it as if the user had said it.
"""
from __future__ import annotations

import logging
from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActionExecuted, EventType, FollowupAction, SlotSet, UserUttered
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.constants import MAX_FALLBACKS_BEFORE_HANDOFF
from actions.utils import conversation_turns, domain_intents, intent_ranking, latest_text, parse_json_reply
from llm import get_chat_backend, get_settings
from llm.clients import openai_client
from llm.prompts import INTENT_FALLBACK_SYSTEM, INTENT_FALLBACK_USER, render_history
from services.multi_model_service import TaskComplexity, multi_model_service

logger = logging.getLogger(__name__)


class ActionLLMIntentFallback(Action):
    def name(self) -> Text:
        return "action_llm_intent_fallback"

    def _classify(self, message: str, intents: List[str], history: str) -> Dict[str, Any]:
        settings = get_settings()
        # TODO(BOT-812): move to get_chat_backend() once json mode works for all backends
        completion = openai_client.chat.completions.create(
            model=settings.model_for("openai"),
            temperature=0,
            response_format={"type": "json_object"},
            messages=[
                {"role": "system", "content": INTENT_FALLBACK_SYSTEM},
                {
                    "role": "user",
                    "content": INTENT_FALLBACK_USER.substitute(
                        intents="\n".join(f"- {i}" for i in intents),
                        history=history,
                        message=message,
                    ),
                },
            ],
        )
        return parse_json_reply(completion.choices[0].message.content)

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        message = latest_text(tracker)
        fallbacks = int(tracker.get_slot("fallback_count") or 0) + 1
        if fallbacks > MAX_FALLBACKS_BEFORE_HANDOFF:
            return [SlotSet("fallback_count", 0), FollowupAction("action_handoff_to_agent")]

        intents = domain_intents(domain)
        history = render_history(conversation_turns(tracker)[:-1])
        try:
            result = self._classify(message, intents, history)
        except Exception:  # noqa: BLE001 - any vendor error means "ask again"
            logger.exception("LLM fallback failed for %s", tracker.sender_id)
            dispatcher.utter_message(response="utter_ask_rephrase")
            return [SlotSet("fallback_count", fallbacks)]

        intent = result.get("intent")
        confidence = float(result.get("confidence") or 0.0)
        logger.info("llm fallback: %s (%.2f) for %r", intent, confidence, message)

        if intent in intents and confidence >= get_settings().fallback_confidence:
            # revert the nlu_fallback turn and replay the message with the LLM's intent
            return [
                SlotSet("fallback_count", 0),
                ActionExecuted("action_listen"),
                UserUttered(
                    text=message,
                    parse_data={
                        "intent": {"name": intent, "confidence": confidence},
                        "entities": tracker.latest_message.get("entities", []),
                        "text": message,
                    },
                ),
            ]

        dispatcher.utter_message(response="utter_ask_rephrase")
        return [SlotSet("fallback_count", fallbacks)]


class ActionClarifyIntent(Action):
    """Asks a clarifying question listing the two top intents, worded by the LLM."""

    def name(self) -> Text:
        return "action_clarify_intent"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        ranking = [r for r in intent_ranking(tracker) if r.get("name") != "nlu_fallback"][:2]
        if len(ranking) < 2:
            dispatcher.utter_message(response="utter_ask_rephrase")
            return []

        labels = {
            "check_balance": "check your balance",
            "report_no_signal": "report a network problem",
            "change_plan": "change your plan",
            "sim_swap": "replace your SIM card",
            "roaming_info": "ask about roaming",
        }
        options = [labels.get(r["name"], r["name"].replace("_", " ")) for r in ranking]
        question = await multi_model_service.generate_response(
            prompt=(
                f"The customer wrote: {latest_text(tracker)!r}. Ask one short friendly question "
                f"to find out whether they want to {options[0]} or {options[1]}."
            ),
            task_type="intent_clarification",
            complexity=TaskComplexity.SIMPLE,
            conversation_id=tracker.sender_id,
        )
        buttons = [
            {"title": opt.capitalize(), "payload": f"/{r['name']}"} for opt, r in zip(options, ranking)
        ]
        dispatcher.utter_message(text=question, buttons=buttons)
        return []


class ActionOutOfScope(Action):
    """Polite out-of-scope reply; uses whatever backend LLM_PROVIDER points at."""

    def name(self) -> Text:
        return "action_out_of_scope"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        backend = get_chat_backend()
        try:
            text = backend.complete(
                [
                    {
                        "role": "system",
                        "content": "You are a telecom support bot. The user asked something outside "
                        "mobile/broadband support. Decline in one sentence and say what you can help with.",
                    },
                    {"role": "user", "content": latest_text(tracker)},
                ],
                max_tokens=80,
            )
        except Exception:  # noqa: BLE001
            logger.exception("out-of-scope generation failed")
            text = None
        if text:
            dispatcher.utter_message(text=text)
        else:
            dispatcher.utter_message(response="utter_out_of_scope")
        return []
