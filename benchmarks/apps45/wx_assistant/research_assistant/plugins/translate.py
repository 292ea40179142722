from __future__ import annotations

from research_assistant.plugins.base import Plugin

LANGS = ["English", "German", "French", "Spanish", "Japanese"]


class TranslatePlugin(Plugin):
    name = "translate"
    label = "Translate"
    menu_help = "Translate the selection with Claude"

    def generate(self, text: str, target: str = "English", **options) -> str:
        client = self.ctx.clients.anthropic
        message = client.messages.create(
            model="claude-3-5-haiku-latest",
            max_tokens=2048,
            system=f"Translate the user's text into {target}. Preserve formatting and citations.",
            messages=[{"role": "user", "content": text}],
        )
        return message.content[0].text
