"""Fast intent routing before the expensive agent runs.

Small talk and thanks get a one-shot reply; everything else goes to the agent. Groq's 8B
model answers in ~150ms which keeps the bot feeling responsive. When Groq rate-limits us
we ask the local model instead.
"""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from typing import Optional

from assistant.config import get_settings
from assistant.llm.clients import async_groq_client, async_ollama_client

log = logging.getLogger(__name__)

INTENTS = ("smalltalk", "question", "task", "feedback", "unsafe")

CLASSIFY_PROMPT = """Classify the Slack message into exactly one intent:
smalltalk (greetings, thanks, jokes), question (wants information), task (wants something done:
tickets, translations, images, code), feedback (about Otto itself), unsafe (secrets, harassment).
Reply as JSON: {"intent": "...", "confidence": 0.0-1.0}"""


@dataclass
class Intent:
    label: str
    confidence: float
    source: str

    @property
    def needs_agent(self) -> bool:
        return self.label in {"question", "task"} or self.confidence < 0.6


def _parse(raw: Optional[str], source: str) -> Intent:
    try:
        data = json.loads(raw or "{}")
        label = data.get("intent", "question")
        if label not in INTENTS:
            label = "question"
        return Intent(label, float(data.get("confidence", 0.5)), source)
    except (ValueError, TypeError):
        log.debug("unparseable intent %r", raw)
        return Intent("question", 0.0, source)


async def classify(text: str) -> Intent:
    settings = get_settings()
    messages = [
        {"role": "system", "content": CLASSIFY_PROMPT},
        {"role": "user", "content": text[:2000]},
    ]
    try:
        completion = await async_groq_client().chat.completions.create(
            model=settings.models.intent_model,
            messages=messages,
            response_format={"type": "json_object"},
            temperature=0,
            max_tokens=40,
        )
        return _parse(completion.choices[0].message.content, "groq")
    except Exception as exc:
        log.info("groq intent failed (%s); asking ollama", type(exc).__name__)

    resp = await async_ollama_client().chat(
        model=settings.models.local_model,
        messages=messages,
        format="json",
        options={"temperature": 0},
    )
    return _parse(resp.message.content, "ollama")
