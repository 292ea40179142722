"""Onboarding checklist generator (pilot with the Frankfurt office).

Runs entirely on the on-prem Ollama box because the input contains the new
hire's contract details.  Welcome-card images are the one exception: they
contain no personal data and come from OpenAI.
"""

from __future__ import annotations

import base64
import json
import logging
from dataclasses import dataclass, field

log = logging.getLogger(__name__)

CHECKLIST_SCHEMA = {
    "type": "object",
    "properties": {
        "first_day": {"type": "array", "items": {"type": "string"}},
        "first_week": {"type": "array", "items": {"type": "string"}},
        "first_month": {"type": "array", "items": {"type": "string"}},
    },
    "required": ["first_day", "first_week", "first_month"],
}


@dataclass
class Checklist:
    first_day: list[str] = field(default_factory=list)
    first_week: list[str] = field(default_factory=list)
    first_month: list[str] = field(default_factory=list)

    def as_markdown(self) -> str:
        out = []
        for title, items in (("Day 1", self.first_day), ("Week 1", self.first_week), ("Month 1", self.first_month)):
            out.append(f"## {title}")
            out.extend(f"- [ ] {item}" for item in items)
        return "\n".join(out)


class OnboardingPlanner:
    def __init__(self, factory, model: str | None = None):
        self.llm = factory.ollama()
        self.images = factory.openai()
        self.model = model or factory.settings.ollama_model

    def checklist(self, role: str, department: str, location: str, notes: str = "") -> Checklist:
        resp = self.llm.chat(
            model=self.model,
            messages=[
                {"role": "system", "content": "You create onboarding checklists for Northwind Group."},
                {"role": "user", "content": f"Role: {role}\nDepartment: {department}\nOffice: {location}\n{notes}"},
            ],
            format=CHECKLIST_SCHEMA,
            options={"temperature": 0.3},
        )
        try:
            data = json.loads(resp["message"]["content"])
        except (KeyError, ValueError):
            log.warning("ollama returned non-JSON checklist")
            return Checklist()
        return Checklist(**{k: data.get(k, []) for k in ("first_day", "first_week", "first_month")})

    def similar_roles(self, role: str, known_roles: list[str]) -> list[str]:
        result = self.llm.embed(model="nomic-embed-text", input=[role, *known_roles])
        vectors = result["embeddings"]
        query, rest = vectors[0], vectors[1:]
        scores = [sum(a * b for a, b in zip(query, v)) for v in rest]
        ranked = sorted(zip(known_roles, scores), key=lambda p: p[1], reverse=True)
        return [name for name, _ in ranked[:3]]

    def welcome_card(self, first_name: str, team: str) -> bytes:
        img = self.images.images.generate(
            model="dall-e-3",
            prompt=f"A friendly flat illustration welcoming {first_name} to the {team} team, corporate colours teal and white",
            size="1024x1024",
            response_format="b64_json",
            n=1,
        )
        return base64.b64decode(img.data[0].b64_json)
