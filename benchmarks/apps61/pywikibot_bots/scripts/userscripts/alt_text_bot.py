#!/usr/bin/env python3
"""Suggest alt text for images that have none ([[File:x.jpg|thumb|...]]).

&params;
"""
from __future__ import annotations

import functools
import re

import pywikibot
from pywikibot import pagegenerators
from pywikibot.bot import ExistingPageBot

from wikiai import get_openai_client
from wikiai.prompts import ALT_TEXT_PROMPT, render

docuReplacements = {'&params;': pagegenerators.parameterHelp}  # noqa: N816

FILE_RE = re.compile(r'\[\[(?:File|Image):([^|\]]+)((?:\|[^\]]*)?)\]\]')


class AltTextBot(ExistingPageBot):

    def setup(self) -> None:
        client = get_openai_client()
        self.describe = functools.partial(
            client.chat.completions.create,
            model='gpt-4o-mini', temperature=0, max_tokens=60)

    def alt_for(self, title: str, filename: str, caption: str) -> str:
        file_page = pywikibot.FilePage(self.site, 'File:' + filename)
        url = file_page.get_file_url(url_width=800)
        resp = self.describe(messages=[{
            'role': 'user',
            'content': [
                {'type': 'text', 'text': render(ALT_TEXT_PROMPT, title=title,
                                                caption=caption)},
                {'type': 'image_url', 'image_url': {'url': url}},
            ],
        }])
        return resp.choices[0].message.content.strip().replace('|', '-')

    def treat_page(self) -> None:
        text = self.current_page.text

        def repl(m):
            name, params = m.group(1), m.group(2)
            if 'alt=' in params:
                return m.group(0)
            caption = params.rsplit('|', 1)[-1] if params else ''
            alt = self.alt_for(self.current_page.title(), name, caption)
            return f'[[File:{name}{params}|alt={alt}]]'

        new = FILE_RE.sub(repl, text)
        if new != text:
            self.put_current(new, summary='Bot: add alt text to images')


def main(*args: str) -> None:
    gen_factory = pagegenerators.GeneratorFactory()
    gen_factory.handle_args(pywikibot.handle_args(args))
    gen = gen_factory.getCombinedGenerator(preload=True)
    if not pywikibot.bot.suggest_help(missing_generator=not gen):
        AltTextBot(generator=gen).run()


if __name__ == '__main__':
    main()
