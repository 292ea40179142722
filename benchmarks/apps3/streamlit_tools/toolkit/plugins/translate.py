"""Localisation preview for the EU markets."""

from __future__ import annotations

import logging
from typing import Sequence

from toolkit.plugins.base import MistralPlugin, PluginResult

logger = logging.getLogger(__name__)

DEFAULT_LOCALES = ("de-DE", "fr-FR", "es-ES", "it-IT")


class TranslatePlugin(MistralPlugin):
    name = "translate"
    label = "Localisation preview"

    def __init__(self, locales: Sequence[str] = DEFAULT_LOCALES) -> None:
        self.locales = tuple(locales)

    def run(self, text: str) -> PluginResult:
        translations: dict[str, str] = {}
        for locale in self.locales:
            response = self.client.chat.complete(
                model=self.model,
                temperature=0.2,
                messages=[
                    {"role": "system", "content": f"Translate marketing copy into {locale}. Keep the tone."},
                    {"role": "user", "content": text},
                ],
            )
            translations[locale] = response.choices[0].message.content or ""
        longest = max(translations, key=lambda loc: len(translations[loc]), default=None)
        summary = f"{len(translations)} locales; longest is {longest}." if longest else "No locales configured."
        return PluginResult(plugin=self.name, summary=summary, details={"translations": translations})
