"""Chargeback / dispute summaries on watsonx (Granite).

Disputes stay on watsonx because of the data-residency agreement with the
issuing bank (see LEGAL-17). Do not move this to another provider.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass

from injector import inject

from supportbot.keys import GraniteChat
from supportbot.utils import redact

log = logging.getLogger(__name__)

_SYSTEM = (
    "You summarise card disputes for the chargeback team. Output: reason code guess, "
    "timeline of events, evidence the customer provided, missing evidence. Be factual."
)


@dataclass
class DisputeCase:
    case_id: str
    merchant: str
    amount_minor: int
    currency: str
    customer_statement: str
    events: list[str]

    def as_prompt(self) -> str:
        events = "\n".join(f"- {e}" for e in self.events)
        return (
            f"Case {self.case_id}: {self.amount_minor / 100:.2f} {self.currency} at {self.merchant}.\n"
            f"Customer statement: {redact(self.customer_statement)}\nEvents:\n{events}"
        )


class DisputeSummarizer:
    @inject
    def __init__(self, model: GraniteChat) -> None:
        self._model = model

    def summarize(self, case: DisputeCase) -> str:
        response = self._model.chat(
            messages=[
                {"role": "system", "content": _SYSTEM},
                {"role": "user", "content": case.as_prompt()},
            ]
        )
        return response["choices"][0]["message"]["content"]

    async def asummarize(self, case: DisputeCase) -> str:
        response = await self._model.achat(
            messages=[
                {"role": "system", "content": _SYSTEM},
                {"role": "user", "content": case.as_prompt()},
            ],
            params={"max_tokens": 600},
        )
        return response["choices"][0]["message"]["content"]

    def stream_summary(self, case: DisputeCase):
        messages = [{"role": "system", "content": _SYSTEM}, {"role": "user", "content": case.as_prompt()}]
        for chunk in self._model.chat_stream(messages=messages):
            if chunk.get("choices"):
                delta = chunk["choices"][0]["delta"].get("content")
                if delta:
                    yield delta
