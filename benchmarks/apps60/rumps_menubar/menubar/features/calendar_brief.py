"""Morning calendar brief. Uses DeepSeek's reasoner for the brief and a local
Ollama model for the one-line 'prep' hint per meeting."""
from __future__ import annotations

import logging

import ollama

from menubar.calendar_source import CalendarSource, Event, find_conflicts
from menubar.llm.prompts import CALENDAR_SYSTEM

log = logging.getLogger(__name__)

PREP_MODEL = "llama3.2:3b"


class CalendarBriefer:
    def __init__(self, settings, services, source: CalendarSource | None = None):
        self.settings = settings
        # `services` is the ServiceRegistry built by the app
        self.services = services
        self.source = source or CalendarSource()

    def brief(self) -> str:
        events = self.source.today()
        if not events:
            return "Nothing on the calendar today."
        listing = "\n".join(e.line() for e in events)
        conflicts = find_conflicts(events)
        if conflicts:
            listing += "\n\nConflicts:\n" + "\n".join(f"- {a.title} / {b.title}" for a, b in conflicts)
        response = self.services.deepseek.chat.completions.create(
            model="deepseek-reasoner",
            messages=[
                {"role": "system", "content": CALENDAR_SYSTEM},
                {"role": "user", "content": listing},
            ],
        )
        return response.choices[0].message.content.strip()

    def prep_hint(self, event: Event) -> str:
        if not event.notes:
            return ""
        out = ollama.generate(
            model=PREP_MODEL,
            prompt=f"Meeting: {event.title}\nNotes: {event.notes}\n\nOne line: what should I prepare?",
            options={"num_predict": 60},
        )
        return out["response"].strip()

    def hints(self) -> dict[str, str]:
        result = {}
        for event in self.source.today():
            try:
                hint = self.prep_hint(event)
            except ollama.ResponseError as exc:
                log.info("no prep hint (%s)", exc)
                continue
            if hint:
                result[event.title] = hint
        return result
