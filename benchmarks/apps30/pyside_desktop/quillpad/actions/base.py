"""Action plugin API.

An action is a small class in ``quillpad/actions/`` decorated with
``@register``. The main window lists them in the "Assist" menu and runs
``action.run(ctx, text)`` on the thread pool.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar

from quillpad.services.providers import BaseProvider
from quillpad.settings import AppSettings

ACTIONS: dict[str, type["Action"]] = {}


@dataclass
class ActionContext:
    settings: AppSettings
    llm: BaseProvider
    # Raw SDK clients for actions that need features the adapters don't expose.
    openai: Any = None
    anthropic: Any = None
    cohere: Any = None
    ollama: Any = None
    extras: dict = field(default_factory=dict)

    @property
    def offline(self) -> bool:
        return self.settings.offline_mode


class Action:
    id: ClassVar[str] = ""
    title: ClassVar[str] = ""
    shortcut: ClassVar[str | None] = None
    needs_selection: ClassVar[bool] = True
    online_only: ClassVar[bool] = False

    def run(self, ctx: ActionContext, text: str) -> str:
        raise NotImplementedError

    def __repr__(self) -> str:
        return f"<Action {self.id}>"


def register(cls: type[Action]) -> type[Action]:
    if not cls.id:
        raise ValueError(f"{cls.__name__} has no id")
    ACTIONS[cls.id] = cls
    return cls
