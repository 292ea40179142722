#!/usr/bin/env python3
"""Suggest categories for uncategorized articles.

-model:ALIAS     Category model (registry alias, default mistral-small)
-verify          Ask Claude to double-check suggestions before saving
-catroot:TITLE   Only suggest categories below this category tree
-dry             Log suggestions to the report page instead of editing

&params;
"""
from __future__ import annotations

import json

import pywikibot
from pywikibot import pagegenerators
from pywikibot.bot import ExistingPageBot, SingleSiteBot

import wikiai
from wikiai.categories import CategorySuggester
from wikiai.notify import IRCNotifier
from wikiai.reports import ReportWriter, SummaryTable
from wikiai.wikitext import add_categories, existing_categories, plain_text

docuReplacements = {'&params;': pagegenerators.parameterHelp}  # noqa: N816

VERIFY_PROMPT = """Article: {title}
Lead: {lead}
Proposed categories: {cats}

Return a JSON list containing only the categories that clearly apply."""


class CategoryBot(SingleSiteBot, ExistingPageBot):

    update_options = {
        'model': 'mistral-small',
        'verify': False,
        'catroot': 'Category:Contents',
        'dry': False,
    }

    def setup(self) -> None:
        root = pywikibot.Category(self.site, self.opt.catroot)
        known = [c.title(with_ns=False)
                 for c in root.subcategories(recurse=3)]
        self.suggester = CategorySuggester(
            known, model=wikiai.resolve(self.opt.model).model_id)
        self.table = SummaryTable(['Page', 'Suggested'])
        self.notifier = IRCNotifier()

    def verify(self, title: str, text: str, cats: list[str]) -> list[str]:
        claude = wikiai.get_anthropic_client()
        msg = claude.messages.create(
            model='claude-3-5-haiku-latest',
            max_tokens=300,
            messages=[{'role': 'user', 'content': VERIFY_PROMPT.format(
                title=title, lead=plain_text(text, limit=1500),
                cats=', '.join(cats))}],
        )
        try:
            kept = json.loads(msg.content[0].text)
        except (json.JSONDecodeError, IndexError):
            return []
        return [c for c in kept if c in cats]

    def treat_page(self) -> None:
        page = self.current_page
        text = page.text
        if existing_categories(text, self.site):
            return
        cats = self.suggester.suggest(page.title(), text)
        if cats and self.opt.verify:
            cats = self.verify(page.title(), text, cats)
        if not cats:
            return
        self.table.add(f'[[{page.title()}]]', ', '.join(cats))
        if self.opt.dry:
            return
        self.put_current(add_categories(text, cats, self.site),
                         summary='Bot: adding suggested categories: '
                                 + ', '.join(cats))

    def teardown(self) -> None:
        if self.table.rows:
            report = ReportWriter(self.site, 'CategoryBot').create(self.table)
            self.notifier.chat(f'CategoryBot done, see {report.full_url()}')
        super().teardown()


def main(*args: str) -> None:
    options = {}
    local_args = pywikibot.handle_args(args)
    gen_factory = pagegenerators.GeneratorFactory()
    local_args = gen_factory.handle_args(local_args)
    for arg in local_args:
        opt, _, value = arg.partition(':')
        opt = opt[1:]
        if opt in ('model', 'catroot'):
            options[opt] = value
        else:
            options[opt] = True
    gen = gen_factory.getCombinedGenerator(preload=True)
    if not gen:
        gen = pagegenerators.UncategorizedPageGenerator(total=200)
    CategoryBot(generator=gen, **options).run()


if __name__ == '__main__':
    main()
