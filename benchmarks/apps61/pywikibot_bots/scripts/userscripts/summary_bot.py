#!/usr/bin/env python3
"""Add or refresh {{AI summary}} on articles.

The following parameters are supported:

-model:ALIAS      Registry alias to use (default: gpt-mini)
-refresh          Regenerate existing summaries
-refine           Run a second pass to tighten the wording (Responses API)
-maxwords:N       Word limit for the summary (default: 80)
-always           Do not ask for confirmation

&params;
"""
from __future__ import annotations

import pywikibot
from pywikibot import pagegenerators
from pywikibot.bot import ExistingPageBot, SingleSiteBot

from wikiai import get_anthropic_client, get_openai_client, resolve
from wikiai.moderation import is_flagged
from wikiai.reports import ReportWriter, SummaryTable
from wikiai.summarize import ArticleSummarizer, summarize_with_claude
from wikiai.wikitext import has_summary, set_summary_template

docuReplacements = {'&params;': pagegenerators.parameterHelp}  # noqa: N816


class SummaryBot(SingleSiteBot, ExistingPageBot):

    use_redirects = False
    update_options = {
        'model': 'gpt-mini',
        'refresh': False,
        'refine': False,
        'maxwords': 80,
    }

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.spec = resolve(self.opt.model)
        self.client = get_openai_client()
        self.summarizer = ArticleSummarizer(self.client, self.spec.model_id,
                                            max_words=int(self.opt.maxwords))
        self.table = SummaryTable(['Page', 'Model', 'Words'])

    def _refine(self, summary: str) -> str:
        response = self.client.responses.create(
            model='gpt-4o-mini',
            instructions='Tighten this summary. Keep every fact. '
                         'No new information.',
            input=summary,
            max_output_tokens=300,
        )
        return response.output_text.strip()

    def treat_page(self) -> None:
        page = self.current_page
        text = page.text
        if has_summary(text) and not self.opt.refresh:
            pywikibot.info(f'{page} already has a summary')
            return
        if self.spec.provider == 'anthropic':
            summary = summarize_with_claude(get_anthropic_client(),
                                            page.title(), text,
                                            model=self.spec.model_id)
        else:
            summary = self.summarizer.summarize(page.title(), text)
        body = summary.text
        if self.opt.refine:
            body = self._refine(body)
        if not body or is_flagged(body):
            pywikibot.warning(f'no usable summary for {page}')
            return
        self.table.add(f'[[{page.title()}]]', self.spec.alias,
                       len(body.split()))
        self.put_current(set_summary_template(text, body, self.spec.alias),
                         summary=f'Bot: AI summary ({self.spec.alias})')

    def teardown(self) -> None:
        if self.table.rows:
            ReportWriter(self.site, 'SummaryBot').create(self.table)
        super().teardown()


def main(*args: str) -> None:
    options = {}
    local_args = pywikibot.handle_args(args)
    gen_factory = pagegenerators.GeneratorFactory()
    local_args = gen_factory.handle_args(local_args)
    for arg in local_args:
        opt, _, value = arg.partition(':')
        opt = opt.lstrip('-')
        if opt in ('model', 'maxwords'):
            options[opt] = value
        elif opt in ('refresh', 'refine', 'always'):
            options[opt] = True
    gen = gen_factory.getCombinedGenerator(preload=True)
    if not pywikibot.bot.suggest_help(missing_generator=not gen):
        bot = SummaryBot(generator=gen, **options)
        bot.run()


if __name__ == '__main__':
    main()
