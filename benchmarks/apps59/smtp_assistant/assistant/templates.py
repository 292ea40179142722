"""Canned reply templates (no LLM). `generate()` fills placeholders."""
from __future__ import annotations

import string
from dataclasses import dataclass


@dataclass
class ReplyTemplate:
    name: str
    body: str

    def generate(self, **values) -> str:
        return string.Template(self.body).safe_substitute(values)


class TemplateRegistry:
    def __init__(self):
        self._templates: dict[str, ReplyTemplate] = {}

    def create(self, name: str, body: str) -> ReplyTemplate:
        tpl = ReplyTemplate(name, body)
        self._templates[name] = tpl
        return tpl

    def get(self, name: str) -> ReplyTemplate:
        return self._templates[name]


registry = TemplateRegistry()
registry.create("ack", "Hi $name,\n\nThanks for your email, we'll get back to you within $sla.\n\n$signature")
registry.create("ooo", "Hi $name,\n\nThe team is away until $date. For urgent matters call $phone.\n\n$signature")


def acknowledgement(name: str, sla: str = "one business day") -> str:
    return registry.get("ack").generate(name=name, sla=sla, signature="Acme Ltd")
