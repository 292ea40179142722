"""Contextual rephrasing of canned responses.

Responses in ``domain.yml`` marked with ``metadata: {rephrase: true}`` are sent via
``action_rephrase_response`` so they read less robotic. Anthropic is the default;
on the low-cost tenants we use Llama on Groq instead.
"""
from __future__ import annotations

import functools
import logging
from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.utils import conversation_turns, tenant_of
from llm import get_settings, provider
from llm.prompts import REPHRASE_SYSTEM, REPHRASE_USER, render_history

logger = logging.getLogger(__name__)

LOW_COST_TENANTS = {"mvno-zap", "mvno-kite"}


def _template_text(domain: DomainDict, response_name: str) -> Optional[str]:
    variants = domain.get("responses", {}).get(response_name) or []
    for variant in variants:
        if variant.get("text"):
            return variant["text"]
    return None


class ActionRephraseResponse(Action):
    def __init__(self) -> None:
        super().__init__()
        self._llm = provider.anthropic
        self._model = provider.model("anthropic")
        self._groq_chat = functools.partial(
            provider.groq.chat.completions.create,
            model=provider.model("groq"),
            temperature=0.4,
            max_tokens=200,
        )

    def name(self) -> Text:
        return "action_rephrase_response"

    def _rephrase_anthropic(self, history: str, text: str) -> str:
        msg = self._llm.messages.create(
            model=self._model,
            max_tokens=300,
            temperature=0.5,
            system=REPHRASE_SYSTEM,
            messages=[{"role": "user", "content": REPHRASE_USER.substitute(history=history, response=text)}],
        )
        return msg.content[0].text.strip()

    def _rephrase_groq(self, history: str, text: str) -> str:
        resp = self._groq_chat(
            messages=[
                {"role": "system", "content": REPHRASE_SYSTEM},
                {"role": "user", "content": REPHRASE_USER.substitute(history=history, response=text)},
            ]
        )
        return (resp.choices[0].message.content or "").strip()

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        response_name = tracker.get_slot("pending_response") or "utter_default"
        original = _template_text(domain, response_name)
        if not original or not get_settings().enable_rephrase:
            dispatcher.utter_message(response=response_name)
            return []

        history = render_history(conversation_turns(tracker), limit=6)
        try:
            if tenant_of(tracker) in LOW_COST_TENANTS:
                text = self._rephrase_groq(history, original)
            else:
                text = self._rephrase_anthropic(history, original)
        except Exception:  # noqa: BLE001
            logger.warning("rephrase failed, sending template %s", response_name, exc_info=True)
            dispatcher.utter_message(response=response_name)
            return []

        if not _keeps_facts(original, text):
            logger.info("rephrase dropped facts, using template %s", response_name)
            dispatcher.utter_message(response=response_name)
            return []

        dispatcher.utter_message(text=text, metadata={"rephrased_from": response_name})
        return []


def _keeps_facts(original: str, rewritten: str) -> bool:
    """Cheap guard: every number and URL in the template must survive."""
    import re

    tokens = re.findall(r"https?://\S+|\d+(?:[.,]\d+)?", original)
    return all(tok.rstrip(".,") in rewritten for tok in tokens)
