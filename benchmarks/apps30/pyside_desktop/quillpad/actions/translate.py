from __future__ import annotations

import deepl  # used when the user has a DeepL key; cheaper for plain translation

from quillpad.actions.base import Action, ActionContext, register

LANGS = {"German": "DE", "French": "FR", "Spanish": "ES", "Italian": "IT", "Japanese": "JA"}


@register
class Translate(Action):
    id = "translate"
    title = "Translate..."

    target = "German"

    def run(self, ctx: ActionContext, text: str) -> str:
        deepl_key = ctx.settings.value("keys/deepl", "")
        if deepl_key:
            translator = deepl.Translator(deepl_key)
            return translator.translate_text(text, target_lang=LANGS[self.target]).text
        if ctx.anthropic is not None and not ctx.offline:
            msg = ctx.anthropic.messages.create(
                model="claude-3-5-haiku-latest",
                max_tokens=2048,
                system=f"Translate into {self.target}. Output only the translation.",
                messages=[{"role": "user", "content": text}],
            )
            return msg.content[0].text
        return ctx.llm.complete(
            [
                {"role": "system", "content": f"Translate into {self.target}. Output only the translation."},
                {"role": "user", "content": text},
            ]
        )
