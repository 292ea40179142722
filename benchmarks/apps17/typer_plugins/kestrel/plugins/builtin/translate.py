"""`kestrel translate-strings` - translate user-facing strings in a gettext catalogue."""
from __future__ import annotations

import asyncio
import re
from pathlib import Path
from typing import Dict, List

import litellm
import typer
from rich.progress import track

from kestrel.plugins.base import KestrelPlugin, PluginContext
from kestrel.providers.clients import hf_client

_MSG = re.compile(r'^msgid "(.*)"$\n^msgstr ""$', re.M)

# Helsinki-NLP models cover the languages product actually ships
_OPUS_MODELS = {"de": "Helsinki-NLP/opus-mt-en-de", "fr": "Helsinki-NLP/opus-mt-en-fr", "es": "Helsinki-NLP/opus-mt-en-es"}


def _untranslated(po_text: str) -> List[str]:
    return [m.group(1) for m in _MSG.finditer(po_text) if m.group(1)]


def _translate_opus(strings: List[str], lang: str) -> Dict[str, str]:
    client = hf_client()
    out = {}
    for s in track(strings, description=f"opus-mt {lang}"):
        out[s] = client.translation(s, model=_OPUS_MODELS[lang]).translation_text
    return out


async def _translate_llm(strings: List[str], lang: str, model: str) -> Dict[str, str]:
    async def one(s: str) -> str:
        resp = await asyncio.to_thread(
            litellm.completion,
            model=model,
            messages=[
                {"role": "system", "content": f"Translate UI strings to {lang}. Keep placeholders like %(name)s."},
                {"role": "user", "content": s},
            ],
            temperature=0,
        )
        return resp.choices[0].message.content.strip()

    results = await asyncio.gather(*(one(s) for s in strings))
    return dict(zip(strings, results))


def _apply(po_text: str, translations: Dict[str, str]) -> str:
    def repl(m: "re.Match[str]") -> str:
        src = m.group(1)
        dst = translations.get(src, "").replace('"', '\\"')
        return f'msgid "{src}"\nmsgstr "{dst}"'

    return _MSG.sub(repl, po_text)


class TranslatePlugin(KestrelPlugin):
    name = "translate"
    version = "0.2.0"
    description = "Fill empty msgstr entries in .po files"

    def register(self, app: typer.Typer, ctx: PluginContext) -> None:
        @app.command("translate-strings")
        def translate_strings(
            po_file: Path = typer.Argument(..., exists=True),
            lang: str = typer.Option(..., "--lang", "-l"),
            engine: str = typer.Option("opus", help="opus | llm"),
        ) -> None:
            """Translate untranslated msgids in PO_FILE to LANG."""
            text = po_file.read_text(encoding="utf-8")
            strings = _untranslated(text)
            if not strings:
                typer.echo("nothing to translate")
                return
            if engine == "opus" and lang in _OPUS_MODELS:
                translations = _translate_opus(strings, lang)
            else:
                translations = asyncio.run(_translate_llm(strings, lang, ctx.settings.providers.litellm_model))
            po_file.write_text(_apply(text, translations), encoding="utf-8")
            typer.echo(f"translated {len(translations)} strings")
