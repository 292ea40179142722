"""Plugin API. A plugin turns some text into other text, on a worker thread."""
from __future__ import annotations

import abc
from dataclasses import dataclass


@dataclass
class PluginContext:
    clients: object          # research_assistant.core.ClientBundle
    settings: dict


class Plugin(abc.ABC):
    name = "plugin"
    label = "Plugin"
    menu_help = ""

    def __init__(self, context: PluginContext):
        self.ctx = context

    @abc.abstractmethod
    def generate(self, text: str, **options) -> str:
        """Produce output for *text*. Called off the UI thread."""

    def available(self) -> bool:
        return True
