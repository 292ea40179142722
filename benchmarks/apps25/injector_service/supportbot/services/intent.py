"""Fast intent detection on Cerebras (sub-200ms budget on the chat path)."""
from __future__ import annotations

import logging

from injector import inject, singleton

from supportbot.keys import FastIntentClient
from supportbot.settings import Settings

log = logging.getLogger(__name__)

INTENTS = [
    "card_lost_or_stolen",
    "card_declined",
    "transfer_status",
    "refund_request",
    "account_access",
    "kyc_documents",
    "fees_question",
    "other",
]

_FEW_SHOT = """Message: I can't log in after changing phones
Intent: account_access
Message: where is my money I sent on monday
Intent: transfer_status
Message: {message}
Intent:"""


@singleton
class IntentClassifier:
    @inject
    def __init__(self, client: FastIntentClient, settings: Settings) -> None:
        self._client = client
        self._model = settings.intent_model

    def classify(self, message: str) -> str:
        resp = self._client.chat.completions.create(
            model=self._model,
            messages=[
                {"role": "system", "content": "Reply with exactly one intent label from: " + ", ".join(INTENTS)},
                {"role": "user", "content": message},
            ],
            temperature=0,
            max_completion_tokens=8,
        )
        label = resp.choices[0].message.content.strip()
        return label if label in INTENTS else "other"

    def classify_legacy(self, message: str) -> str:
        """Completion-style prompt; kept for the A/B against the chat prompt."""
        resp = self._client.completions.create(
            model=self._model,
            prompt=_FEW_SHOT.format(message=message),
            max_tokens=6,
            stop=["\n"],
        )
        label = resp.choices[0].text.strip()
        return label if label in INTENTS else "other"
