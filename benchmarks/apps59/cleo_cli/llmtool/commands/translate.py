from __future__ import annotations

import asyncio
from pathlib import Path

from cleo.helpers import argument, option

from llmtool.commands.base import DocsCommand
from llmtool.providers.litellm_provider import async_chat_completion
from llmtool.services.glossary import Glossary
from llmtool.services.translation import LANG_NAMES, Translator
from llmtool.textutil import iter_markdown_files


class TranslateCommand(DocsCommand):
    name = "translate"
    description = "Translate pages into one or more languages."
    arguments = [argument("path", description="File or directory to translate.")]
    options = [
        option("lang", "l", description="Target language code.", flag=False, multiple=True),
        option("out-dir", None, description="Output root (default: i18n/<lang>/).", flag=False, default="i18n"),
        option("model", "m", description="Override the translation model.", flag=False),
        option("via-litellm", None, description="Translate all pages concurrently through LiteLLM."),
    ]

    def handle(self) -> int:
        langs = self.option("lang") or ["de"]
        unknown = [lang for lang in langs if lang not in LANG_NAMES]
        if unknown:
            self.line_error(f"<error>Unsupported language(s): {', '.join(unknown)}</error>")
            return 2

        glossary = Glossary.from_csv(self.settings.glossary_path) if self.settings.glossary_path else Glossary()
        files = iter_markdown_files(Path(self.argument("path")))
        out_root = Path(self.option("out-dir"))

        if self.option("via-litellm"):
            results = asyncio.run(self._translate_all(files, langs, glossary))
            for (file, lang), text in results.items():
                self._write(out_root / lang / file, text)
            return 0

        translator = Translator(self.option("model") or self.settings.models.translate, glossary)
        for lang in langs:
            for file in files:
                self.line(f"<comment>{lang}</comment> {file}")
                self._write(out_root / lang / file, translator.translate(file.read_text(), lang))
        return 0

    async def _translate_all(self, files: list[Path], langs: list[str], glossary: Glossary) -> dict:
        sem = asyncio.Semaphore(8)
        model = self.option("model") or self.settings.models.fallback

        async def one(file: Path, lang: str) -> tuple[tuple[Path, str], str]:
            async with sem:
                system = f"Translate this Markdown into {LANG_NAMES[lang]}. {glossary.as_prompt_block(lang)}"
                resp = await async_chat_completion(
                    model=model,
                    messages=[{"role": "system", "content": system}, {"role": "user", "content": file.read_text()}],
                )
                return (file, lang), resp.choices[0].message.content

        pairs = await asyncio.gather(*(one(f, lang) for f in files for lang in langs))
        return dict(pairs)

    def _write(self, target: Path, text: str) -> None:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
