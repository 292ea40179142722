"""Skill plugin API.

A skill is a small class living in ``plugins/skills/*.py`` that turns the
current selection into new text. Skills get a ``SkillContext`` carrying the
SDK clients, so they never build clients themselves.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable

from quill.engine import factories


@dataclass
class SkillContext:
    selection: str
    document: str = ""
    language: str = "en"
    clients: dict[str, Any] = field(default_factory=dict)
    notify: Callable[[str], None] = lambda msg: None

    def client(self, provider: str):
        if provider not in self.clients:
            self.clients[provider] = factories.make_client(provider)
        return self.clients[provider]

    @property
    def openai(self):
        return self.client("openai")

    @property
    def claude(self):
        return self.client("anthropic")

    @property
    def gemini(self):
        return self.client("google")


class Skill:
    id: str = ""
    title: str = ""
    shortcut: str | None = None
    needs_selection: bool = True

    def run(self, ctx: SkillContext) -> str:
        raise NotImplementedError

    def __repr__(self) -> str:
        return f"<Skill {self.id}>"
