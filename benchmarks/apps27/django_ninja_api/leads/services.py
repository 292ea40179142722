"""Buyer concierge chat and inquiry triage."""
from __future__ import annotations

import asyncio
import json
import logging
from dataclasses import dataclass, field
from typing import Iterator

from core.llm import get_bedrock
from core.services.llm_usage_tracker import llm_tracker
from homestead.llm_factory import build_client, model_for
from listings.models import Listing
from listings.services import ListingFacts

logger = logging.getLogger(__name__)

CONCIERGE_SYSTEM = """You are the Homestead listing concierge for ONE property.
Answer only from the listing facts below. If you don't know, say the agent will follow up.
Never discuss neighbourhood demographics, crime or school quality (fair housing).
Never negotiate price.

<listing>
{facts}
</listing>"""

MAX_CONTEXT_TOKENS = 12_000


@dataclass
class ConciergeSession:
    """In-memory transcript helper; ``chat`` just appends, it does not call a model."""

    listing: Listing
    history: list[dict] = field(default_factory=list)

    def chat(self, role: str, content: str) -> "ConciergeSession":
        self.history.append({"role": role, "content": content})
        return self

    def trimmed(self, keep: int = 20) -> list[dict]:
        msgs = self.history[-keep:]
        while msgs and msgs[0]["role"] != "user":
            msgs = msgs[1:]
        return msgs

    @property
    def system_prompt(self) -> str:
        return CONCIERGE_SYSTEM.format(facts=ListingFacts(self.listing).render())


class ConciergeService:
    def __init__(self, client=None, model: str | None = None):
        self._client = client or build_client("anthropic")
        self.model = model or model_for("concierge")

    def fits_context(self, session: ConciergeSession) -> bool:
        count = self._client.messages.count_tokens(
            model=self.model, system=session.system_prompt, messages=session.trimmed()
        )
        return count.input_tokens < MAX_CONTEXT_TOKENS

    def reply(self, session: ConciergeSession) -> str:
        keep = 20 if self.fits_context(session) else 6
        message = self._client.messages.create(
            model=self.model,
            max_tokens=700,
            system=session.system_prompt,
            messages=session.trimmed(keep),
            temperature=0.3,
        )
        text = "".join(block.text for block in message.content if block.type == "text")
        session.chat("assistant", text)
        return text

    def stream_reply(self, session: ConciergeSession) -> Iterator[str]:
        with self._client.messages.stream(
            model=self.model,
            max_tokens=700,
            system=session.system_prompt,
            messages=session.trimmed(),
        ) as stream:
            for text in stream.text_stream:
                yield text
            final = stream.get_final_message()
        session.chat("assistant", "".join(b.text for b in final.content if b.type == "text"))


TRIAGE_PROMPT = """Classify this home-buyer inquiry.
Return JSON: {{"intent": one of [showing, offer, financing, question, spam], "urgency": 0-5, "summary": "<one sentence>"}}

Listing: {listing}
Inquiry: {message}"""


def _triage_body(listing_line: str, message: str) -> str:
    return json.dumps(
        {
            "anthropic_version": "bedrock-2023-05-31",
            "max_tokens": 200,
            "temperature": 0,
            "messages": [{"role": "user", "content": TRIAGE_PROMPT.format(listing=listing_line, message=message)}],
        }
    )


def _parse_triage(raw: bytes) -> dict:
    payload = json.loads(raw)
    text = payload["content"][0]["text"]
    try:
        return json.loads(text[text.index("{") : text.rindex("}") + 1])
    except ValueError:
        return {"intent": "question", "urgency": 1, "summary": text[:200]}


def triage_inquiry(listing_line: str, message: str) -> dict:
    """Synchronous triage, used by the post_save signal."""
    response = get_bedrock().invoke_model(
        modelId=model_for("inquiry_triage"),
        body=_triage_body(listing_line, message),
    )
    return _parse_triage(response["body"].read())


async def triage_inquiry_tracked(listing_line: str, message: str, user_id: int | None = None) -> dict:
    """Tracked variant for the async API path."""
    model_id = model_for("inquiry_triage")
    bedrock = get_bedrock()
    async with llm_tracker.track_llm_call(
        provider="bedrock", model=model_id, feature_context="inquiry_triage", user_id=user_id
    ) as usage_log:
        response = await asyncio.to_thread(
            bedrock.invoke_model, modelId=model_id, body=_triage_body(listing_line, message)
        )
        headers = response["ResponseMetadata"]["HTTPHeaders"]
        usage_log.input_tokens = int(headers.get("x-amzn-bedrock-input-token-count", 0))
        usage_log.output_tokens = int(headers.get("x-amzn-bedrock-output-token-count", 0))
    return _parse_triage(response["body"].read())
