"""Itinerary drafting with DeepSeek (cheap, good at structured day plans)."""
from __future__ import annotations

import functools
import json
import logging
from dataclasses import dataclass, field

from openai import OpenAI

from common.prompts import ITINERARY
from common.text_utils import strip_code_fences

log = logging.getLogger(__name__)


@dataclass
class ItineraryRequest:
    destination: str
    days: int
    travellers: str = "a couple"
    interests: list[str] = field(default_factory=list)
    budget: str = "mid-range"

    def prompt(self) -> str:
        return ITINERARY.substitute(
            destination=self.destination, days=self.days, travellers=self.travellers,
            interests=", ".join(self.interests) or "general sightseeing", budget=self.budget,
        )


class ItineraryDraft:
    """Holds a draft and its revision history. `generate` is purely local formatting."""

    def __init__(self, data: dict) -> None:
        self.data = data
        self.revisions: list[dict] = [data]

    def generate(self, fmt: str = "markdown") -> str:
        if fmt == "json":
            return json.dumps(self.data, ensure_ascii=False, indent=2)
        out = []
        for day in self.data.get("days", []):
            out.append(f"### Day {day.get('day')}")
            for part in ("morning", "afternoon", "evening"):
                if day.get(part):
                    out.append(f"- **{part.title()}**: {day[part]}")
        return "\n".join(out)


def draft_itinerary(client: OpenAI, req: ItineraryRequest, model: str = "deepseek-chat") -> ItineraryDraft:
    ask = functools.partial(client.chat.completions.create, model=model, temperature=0.6)
    messages = [
        {"role": "system", "content": "You are a meticulous travel planner. Output JSON only."},
        {"role": "user", "content": req.prompt()},
    ]
    resp = ask(messages=messages, response_format={"type": "json_object"})
    raw = resp.choices[0].message.content or "{}"
    try:
        data = json.loads(strip_code_fences(raw))
    except json.JSONDecodeError:
        log.warning("non-JSON itinerary, retrying once")
        messages.append({"role": "assistant", "content": raw})
        messages.append({"role": "user", "content": "That was not valid JSON. Return only JSON."})
        resp = ask(messages=messages, response_format={"type": "json_object"})
        data = json.loads(strip_code_fences(resp.choices[0].message.content or "{}"))
    return ItineraryDraft(data)
