"""Helpers shared by the custom actions."""
from __future__ import annotations

import json
import logging
import re
from typing import Any, Dict, List, Optional, Text, Tuple

from rasa_sdk import Tracker
from rasa_sdk.types import DomainDict

logger = logging.getLogger(__name__)

MSISDN_RE = re.compile(r"^\+?\d{9,15}$")
JSON_BLOCK_RE = re.compile(r"\{.*\}", re.DOTALL)


def conversation_turns(tracker: Tracker, limit: Optional[int] = None) -> List[Tuple[str, str]]:
    """(speaker, text) pairs from the tracker events, oldest first."""
    turns: List[Tuple[str, str]] = []
    for event in tracker.events:
        kind = event.get("event")
        text = event.get("text")
        if not text:
            continue
        if kind == "user":
            turns.append(("customer", text))
        elif kind == "bot":
            turns.append(("assistant", text))
    if limit:
        turns = turns[-limit:]
    return turns


def transcript(tracker: Tracker, limit: Optional[int] = None) -> str:
    return "\n".join(f"{who}: {text}" for who, text in conversation_turns(tracker, limit))


def as_chat_messages(tracker: Tracker, limit: int = 10) -> List[Dict[str, str]]:
    role = {"customer": "user", "assistant": "assistant"}
    return [{"role": role[who], "content": text} for who, text in conversation_turns(tracker, limit)]


def latest_text(tracker: Tracker) -> str:
    return (tracker.latest_message or {}).get("text") or ""


def intent_ranking(tracker: Tracker) -> List[Dict[str, Any]]:
    return (tracker.latest_message or {}).get("intent_ranking", []) or []


def domain_intents(domain: DomainDict, exclude_prefix: Tuple[str, ...] = ("nlu_fallback",)) -> List[Text]:
    intents = []
    for item in domain.get("intents", []):
        name = item if isinstance(item, str) else next(iter(item))
        if not name.startswith(exclude_prefix):
            intents.append(name)
    return intents


def parse_json_reply(text: str) -> Dict[str, Any]:
    """LLMs like to wrap JSON in prose or code fences; be lenient."""
    if not text:
        return {}
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        match = JSON_BLOCK_RE.search(text)
        if not match:
            logger.debug("no json in reply: %r", text[:200])
            return {}
        try:
            return json.loads(match.group(0))
        except json.JSONDecodeError:
            return {}


def normalise_msisdn(value: str) -> Optional[str]:
    digits = re.sub(r"[\s\-()]", "", value or "")
    if digits.startswith("00"):
        digits = "+" + digits[2:]
    return digits if MSISDN_RE.match(digits) else None


def tenant_of(tracker: Tracker) -> str:
    meta = (tracker.latest_message or {}).get("metadata") or {}
    return meta.get("tenant", "default")
