"""`define <term>` — explains internal jargon. Written before the provider switch existed."""
from __future__ import annotations

import functools
import json
import os

from litellm import completion
from mmpy_bot import Message, Plugin, listen_to

GLOSSARY_PATH = os.environ.get("GLOSSARY_PATH", "glossary.json")

_define = functools.partial(completion, model="gpt-4o-mini", temperature=0, max_tokens=250)


class GlossaryPlugin(Plugin):
    def __init__(self) -> None:
        super().__init__()
        self.terms: dict[str, str] = {}

    def on_start(self):
        if os.path.exists(GLOSSARY_PATH):
            with open(GLOSSARY_PATH) as fh:
                self.terms = json.load(fh)

    @listen_to("^define (.+)$")
    def define(self, message: Message, term: str):
        known = self.terms.get(term.lower())
        if known:
            self.driver.reply_to(message, f"**{term}**: {known}")
            return
        resp = _define(messages=[
            {"role": "system", "content": "Define this software engineering term in two sentences."},
            {"role": "user", "content": term},
        ])
        self.driver.reply_to(message, f"**{term}** (generated): {resp.choices[0].message.content}")

    @listen_to("^define! (.+)$")
    def define_verbose(self, message: Message, term: str):
        resp = completion(
            model=os.environ.get("GLOSSARY_MODEL", "gpt-4o"),
            messages=[{"role": "user", "content": f"Explain '{term}' with an example from web backends."}],
        )
        self.driver.reply_to(message, resp.choices[0].message.content)
