"""Legacy actions from the 2023 pilot (Rasa 3.4 / openai 0.28).

Still referenced by the ``smalltalk`` and ``old_faq`` stories of two tenants that
haven't migrated their domain files. Do not add new code here.
"""
# flake8: noqa
from __future__ import annotations

import logging
import os
from typing import Any, Dict, List, Text

import cohere
import httpx
import openai
import requests
from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

logger = logging.getLogger(__name__)

openai.api_key = os.getenv("OPENAI_API_KEY")
OPENAI_CHAT_URL = "https://api.openai.com/v1/chat/completions"
OLLAMA_URL = os.getenv("LEGACY_OLLAMA_URL", "http://localhost:11434")

SMALLTALK_PROMPT = (
    "You are Tessa, the friendly assistant of Telvio. Answer small talk briefly and "
    "steer the conversation back to how you can help with mobile or internet service."
)


class ActionSmallTalk(Action):
    def name(self) -> Text:
        return "action_gpt_smalltalk"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        user_msg = tracker.latest_message.get("text")
        try:
            response = openai.ChatCompletion.create(
                model="gpt-3.5-turbo",
                messages=[
                    {"role": "system", "content": SMALLTALK_PROMPT},
                    {"role": "user", "content": user_msg},
                ],
                max_tokens=120,
            )
            dispatcher.utter_message(text=response["choices"][0]["message"]["content"])
        except Exception as e:
            logger.error("smalltalk failed: %s", e)
            dispatcher.utter_message(template="utter_default")
        return []


class ActionSmallTalkRaw(Action):
    """Same as above, via plain HTTP -- used by the tenant whose proxy blocks the SDK's user agent."""

    def name(self) -> Text:
        return "action_gpt_smalltalk_raw"

    def run(self, dispatcher, tracker, domain):
        headers = {"Authorization": f"Bearer {os.getenv('OPENAI_API_KEY')}", "Content-Type": "application/json"}
        body = {
            "model": "gpt-3.5-turbo",
            "messages": [
                {"role": "system", "content": SMALLTALK_PROMPT},
                {"role": "user", "content": tracker.latest_message.get("text")},
            ],
            "max_tokens": 120,
        }
        r = requests.post(OPENAI_CHAT_URL, headers=headers, json=body, timeout=15)
        if r.ok:
            dispatcher.utter_message(text=r.json()["choices"][0]["message"]["content"])
        else:
            dispatcher.utter_message(template="utter_default")
        return []


class ActionOldFAQ(Action):
    def name(self) -> Text:
        return "action_old_faq"

    def run(self, dispatcher, tracker, domain):
        co = cohere.Client(os.getenv("COHERE_API_KEY"))
        question = tracker.latest_message.get("text")
        prompt = f"Answer this Telvio customer question in two sentences:\n{question}\nAnswer:"
        resp = co.generate(model="command", prompt=prompt, max_tokens=150, temperature=0.3)
        dispatcher.utter_message(text=resp.generations[0].text.strip())
        return []


class ActionOnPremGreeting(Action):
    def name(self) -> Text:
        return "action_onprem_greeting"

    def run(self, dispatcher, tracker, domain):
        name = tracker.get_slot("first_name") or "there"
        r = httpx.post(
            f"{OLLAMA_URL}/api/generate",
            json={"model": "llama2", "prompt": f"Greet customer {name} warmly in one sentence.", "stream": False},
            timeout=30,
        )
        dispatcher.utter_message(text=r.json().get("response", f"Hi {name}!"))
        return []
