"""Base classes for copy-review plugins."""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass, field
from typing import Any, ClassVar, Optional

from toolkit.clients import get_anthropic, get_mistral
from toolkit.config import settings

logger = logging.getLogger(__name__)

_JSON_BLOCK = re.compile(r"\{.*\}", re.DOTALL)


@dataclass
class PluginResult:
    plugin: str
    summary: str
    score: Optional[float] = None
    suggestions: list[str] = field(default_factory=list)
    details: dict[str, Any] = field(default_factory=dict)


class BasePlugin:
    """A check that runs over a piece of marketing copy.

    Subclasses share one client per class; override ``client`` and ``model``
    to use another provider.
    """

    name: ClassVar[str] = "base"
    label: ClassVar[str] = "Base plugin"
    client = get_anthropic()
    model: ClassVar[str] = settings.claude_fast_model

    def run(self, text: str) -> PluginResult:
        raise NotImplementedError

    @staticmethod
    def _text(message: Any) -> str:
        return "".join(getattr(block, "text", "") for block in message.content)

    @staticmethod
    def _parse_json(raw: str) -> dict[str, Any]:
        match = _JSON_BLOCK.search(raw)
        if not match:
            logger.warning("plugin returned no JSON: %.120s", raw)
            return {}
        try:
            return json.loads(match.group(0))
        except json.JSONDecodeError:
            logger.warning("plugin returned malformed JSON: %.120s", raw)
            return {}


class MistralPlugin(BasePlugin):
    """Plugins that need Mistral's multilingual models."""

    client = get_mistral()
    model: ClassVar[str] = settings.mistral_model
