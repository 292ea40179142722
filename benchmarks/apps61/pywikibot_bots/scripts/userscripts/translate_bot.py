#!/usr/bin/env python3
"""Translate articles into another language edition as drafts.

Drafts go to Draft:<title> on the target wiki; humans move them.

-from:LANG       Source language (default en)
-to:LANG         Target language (required)
-compat          Use the OpenAI-SDK path (shows rate limits)
-glossary        Extract a term glossary first and add it to the talk page

&params;
"""
from __future__ import annotations

import asyncio

import pywikibot
from pywikibot import pagegenerators
from pywikibot.bot import SingleSiteBot
from together import Together

from wikiai.clients import get_together_client
from wikiai.translate import (CompatTranslator, Translator, LANG_NAMES,
                              translate_title)

docuReplacements = {'&params;': pagegenerators.parameterHelp}  # noqa: N816

GLOSSARY_MODEL = 'mistralai/Mixtral-8x7B-Instruct-v0.1'


def extract_glossary(text: str, source: str, target: str) -> str:
    client = Together()
    response = client.completions.create(
        model=GLOSSARY_MODEL,
        prompt=(f'[INST] List up to 20 domain-specific terms in this '
                f'{LANG_NAMES[source]} text with their {LANG_NAMES[target]} '
                f'translation, one "term = translation" per line.\n\n'
                f'{text[:6000]} [/INST]'),
        max_tokens=512,
        temperature=0,
    )
    return response.choices[0].text.strip()


async def check_terms(terms: list[str], target: str) -> list[str]:
    """Ask for a literal translation of each term, concurrently."""
    client = get_together_client()
    calls = [
        asyncio.to_thread(
            client.chat.completions.create,
            model='meta-llama/Llama-3.3-70B-Instruct-Turbo',
            messages=[{'role': 'user', 'content':
                       f'Translate to {LANG_NAMES[target]}, answer with '
                       f'the term only: {term}'}],
            max_tokens=20,
        )
        for term in terms
    ]
    results = await asyncio.gather(*calls)
    return [r.choices[0].message.content.strip() for r in results]


class TranslateBot(SingleSiteBot):

    update_options = {
        'from': 'en',
        'to': None,
        'compat': False,
        'glossary': False,
    }

    def setup(self) -> None:
        cls = CompatTranslator if self.opt.compat else Translator
        self.translator = cls(self.opt['from'], self.opt.to)
        self.target_site = pywikibot.Site(self.opt.to, self.site.family)

    def treat(self, page) -> None:
        if not page.exists():
            return
        title = translate_title(page.title(), self.opt['from'], self.opt.to)
        draft = pywikibot.Page(self.target_site, f'Draft:{title}')
        if draft.exists():
            pywikibot.info(f'{draft} exists, skipping')
            return
        text = self.translator.translate(page.text)
        self.userPut(draft, '', text,
                     summary=f'Bot: machine translation of [[:{self.opt["from"]}:'
                             f'{page.title()}]] (draft, needs review)')
        if self.opt.glossary:
            talk = draft.toggleTalkPage()
            glossary = extract_glossary(page.text, self.opt['from'],
                                        self.opt.to)
            talk.text = '== Glossary ==\n<pre>\n' + glossary + '\n</pre>\n'
            talk.save(summary='Bot: glossary for translation review')

    def teardown(self) -> None:
        pywikibot.info(f'tokens used: {self.translator.tokens_used}')
        super().teardown()


def main(*args: str) -> None:
    options = {}
    gen_factory = pagegenerators.GeneratorFactory()
    for arg in gen_factory.handle_args(pywikibot.handle_args(args)):
        name, _, value = arg[1:].partition(':')
        options[name] = value or True
    if not options.get('to'):
        pywikibot.bot.suggest_help(missing_parameters=['-to'])
        return
    gen = gen_factory.getCombinedGenerator(preload=True)
    TranslateBot(generator=gen, **options).run()


if __name__ == '__main__':
    main()
