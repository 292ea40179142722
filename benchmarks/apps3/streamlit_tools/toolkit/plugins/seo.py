"""Search-friendliness check for landing page and blog copy."""

from __future__ import annotations

from typing import Sequence

from toolkit.plugins.base import BasePlugin, PluginResult

SEO_SYSTEM = (
    "You are an SEO editor. Score the copy 0-100 for search friendliness and "
    'reply with JSON: {"score": int, "summary": str, "suggestions": [str]}.'
)


class SeoPlugin(BasePlugin):
    name = "seo"
    label = "SEO"

    def __init__(self, keywords: Sequence[str] = ()) -> None:
        self.keywords = list(keywords)

    def run(self, text: str) -> PluginResult:
        keyword_line = f"Target keywords: {', '.join(self.keywords)}\n\n" if self.keywords else ""
        message = self.client.messages.create(
            model=self.model,
            max_tokens=600,
            system=SEO_SYSTEM,
            messages=[{"role": "user", "content": f"{keyword_line}{text}"}],
        )
        data = self._parse_json(self._text(message))
        return PluginResult(
            plugin=self.name,
            summary=data.get("summary", ""),
            score=data.get("score"),
            suggestions=data.get("suggestions", []),
        )
