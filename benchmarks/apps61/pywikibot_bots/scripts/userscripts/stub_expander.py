#!/usr/bin/env python3
"""Propose expansions for stubs on their talk pages (never the article).

Uses the tracked multi_model_service path.

-complexity:C    standard (default) or agentic
-sources:N       Number of external links to pass as sources (default 5)

&params;
"""
from __future__ import annotations

import asyncio

import pywikibot
from pywikibot import pagegenerators
from pywikibot.bot import ExistingPageBot

from wikiai import get_anthropic_client
from wikiai.multi_model_service import TaskComplexity, multi_model_service
from wikiai.prompts import STUB_EXPAND_PROMPT, render
from wikiai.tracking import llm_tracker
from wikiai.wikitext import StubStats, plain_text

docuReplacements = {'&params;': pagegenerators.parameterHelp}  # noqa: N816

SECTION_HEADER = '== Suggested expansion (WikiAIBot) =='


async def critique(draft: str) -> str:
    """Second opinion from Claude, wrapped in the usage tracker."""
    model = 'claude-3-5-haiku-latest'
    client = get_anthropic_client()
    async with llm_tracker.track_llm_call(
        provider='anthropic',
        model=model,
        feature_context='stub_expansion_critique',
    ) as usage_log:
        msg = client.messages.create(
            model=model,
            max_tokens=600,
            messages=[{'role': 'user', 'content':
                       'List unsupported claims in this draft, if any:\n\n'
                       + draft}],
        )
        usage_log.input_tokens = msg.usage.input_tokens
        usage_log.output_tokens = msg.usage.output_tokens
    return msg.content[0].text


class StubExpanderBot(ExistingPageBot):

    update_options = {'complexity': 'standard', 'sources': 5}

    def treat_page(self) -> None:
        page = self.current_page
        stats = StubStats(page.text)
        if not stats.is_stub():
            return
        links = list(page.extlinks(total=int(self.opt.sources)))
        if not links:
            pywikibot.info(f'{page}: no sources to work from')
            return
        prompt = render(STUB_EXPAND_PROMPT, title=page.title(),
                        stub=plain_text(page.text), sources='\n'.join(links))
        complexity = TaskComplexity(self.opt.complexity)
        draft = asyncio.run(multi_model_service.generate_response(
            prompt=prompt,
            task_type='stub_expansion',
            complexity=complexity,
        ))
        notes = asyncio.run(critique(draft))
        talk = page.toggleTalkPage()
        talk.text = (talk.text.rstrip() + f'\n\n{SECTION_HEADER}\n'
                     f'{draft}\n\n; Automated review\n{notes}\n~~~~')
        talk.save(summary='Bot: suggested expansion for review')


def main(*args: str) -> None:
    options = {}
    gen_factory = pagegenerators.GeneratorFactory()
    for arg in gen_factory.handle_args(pywikibot.handle_args(args)):
        name, _, value = arg[1:].partition(':')
        options[name] = value or True
    gen = gen_factory.getCombinedGenerator(preload=True)
    if gen:
        StubExpanderBot(generator=gen, **options).run()
    else:
        pywikibot.bot.suggest_help(missing_generator=True)


if __name__ == '__main__':
    main()
