"""Prompt templates shared across integrations."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from homeassistant.core import HomeAssistant
from homeassistant.helpers import template
from homeassistant.util import dt as dt_util

DEFAULT_CONVERSATION_PROMPT = (
    "You are a voice assistant for Home Assistant.\n"
    "Answer questions about the world truthfully.\n"
    "Answer in plain text. Keep it simple and to the point.\n"
    "Today is {{ now().strftime('%A, %B %d %Y') }}."
)

DEFAULT_VISION_PROMPT = (
    "Describe what you see in this image from a home security camera in one or two "
    "sentences. Mention people, vehicles and animals. Do not speculate."
)

DEFAULT_DIGEST_PROMPT = (
    "Below is the Home Assistant logbook for {{ period }}. Write a short, friendly summary "
    "for the household (max {{ max_sentences }} sentences). Mention anything unusual: doors "
    "left open, alarms, devices going unavailable."
)


@dataclass
class PromptTemplate:
    """A Jinja prompt rendered with HA's template engine."""

    source: str
    variables: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def create(cls, source: str | None, default: str, **variables: Any) -> PromptTemplate:
        return cls(source=source or default, variables=variables)

    def render(self, hass: HomeAssistant, **extra: Any) -> str:
        tpl = template.Template(self.source, hass)
        return tpl.async_render({**self.variables, **extra}, parse_result=False)


def render_system_prompt(hass: HomeAssistant, user_prompt: str | None, extra: str | None = None) -> str:
    prompt = PromptTemplate.create(user_prompt, DEFAULT_CONVERSATION_PROMPT).render(hass)
    if extra:
        prompt = f"{prompt}\n{extra}"
    return prompt


def format_logbook_lines(entries: list[dict[str, Any]]) -> list[str]:
    lines = []
    for entry in entries:
        when = dt_util.as_local(entry["when"]).strftime("%H:%M")
        name = entry.get("name") or entry.get("entity_id", "?")
        message = entry.get("message") or entry.get("state", "")
        lines.append(f"{when} {name}: {message}")
    return lines
