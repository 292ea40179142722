"""Formats loose references into a chosen citation style."""
from __future__ import annotations

import functools
import re

from research_assistant.plugins.base import Plugin

STYLES = ("APA", "MLA", "Chicago", "BibTeX")
DOI_RE = re.compile(r"10\.\d{4,9}/\S+")


class CitationPlugin(Plugin):
    name = "citation"
    label = "Format citations"

    def generate(self, text: str, style: str = "APA", **options) -> str:
        refs = [line.strip() for line in text.splitlines() if line.strip()]
        if not refs:
            return ""
        ask = functools.partial(
            self.ctx.clients.openai.chat.completions.create,
            model="gpt-4o-mini",
            temperature=0,
        )
        out = []
        for ref in refs:
            hint = " (has DOI)" if DOI_RE.search(ref) else ""
            resp = ask(messages=[
                {"role": "system", "content": f"Format the reference in {style} style. Output only the citation."},
                {"role": "user", "content": ref + hint},
            ])
            out.append(resp.choices[0].message.content.strip())
        return "\n".join(out)
