"""Tiny prompt-template helper (we don't want jinja2 semantics in prompts)."""
from __future__ import annotations

import string
from dataclasses import dataclass, field


@dataclass
class PromptTemplate:
    name: str
    template: str
    system: str | None = None
    defaults: dict[str, str] = field(default_factory=dict)

    @classmethod
    def create(cls, name: str, template: str, **kwargs) -> "PromptTemplate":
        return cls(name=name, template=template.strip(), **kwargs)

    def render(self, **values: str) -> str:
        merged = {**self.defaults, **values}
        return string.Template(self.template).safe_substitute(merged)

    def messages(self, **values: str) -> list[dict[str, str]]:
        msgs = []
        if self.system:
            msgs.append({"role": "system", "content": self.system})
        msgs.append({"role": "user", "content": self.render(**values)})
        return msgs


SUMMARIZE = PromptTemplate.create(
    "summarize",
    """
Summarize the following document in at most $max_words words.
Focus on decisions, owners and deadlines.

$document
""",
    system="You are a concise analyst writing for busy engineering managers.",
    defaults={"max_words": "150"},
)

CLASSIFY_TICKET = PromptTemplate.create(
    "classify_ticket",
    """
Classify this support ticket into one of: billing, outage, feature_request, other.
Answer with the label only.

Ticket:
$ticket
""",
)

EXTRACT_ENTITIES = PromptTemplate.create(
    "extract_entities",
    "Extract all company names and people from the text as JSON with keys companies and people.\n\n$text",
)
