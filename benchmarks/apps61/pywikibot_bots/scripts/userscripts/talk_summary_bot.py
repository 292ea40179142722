#!/usr/bin/env python3
"""Summarize long noticeboard threads for admins.

Summaries are posted to User:WikiAIBot/Noticeboard digest.

-model:ALIAS     Model for the per-thread digest line (default claude-haiku)
-minsize:N       Only threads longer than N bytes (default 6000)
-concurrency:N   Parallel requests (default 4)
"""
from __future__ import annotations

import asyncio
import re

import pywikibot
from pywikibot.bot import SingleSiteBot

from wikiai import get_async_anthropic_client
from wikiai.bot_mixins import LLMBotMixin
from wikiai.prompts import TALK_SUMMARY_SYSTEM

THREAD_RE = re.compile(r'(?m)^==\s*(?P<title>[^=].*?)\s*==\s*$')
BOARDS = ['Project:Administrators\' noticeboard',
          'Project:Village pump (policy)']


def split_threads(text: str) -> list[tuple[str, str]]:
    parts = THREAD_RE.split(text)
    return [(parts[i], parts[i + 1]) for i in range(1, len(parts) - 1, 2)]


class TalkSummaryBot(LLMBotMixin, SingleSiteBot):

    update_options = {'model': 'claude-haiku', 'minsize': 6000,
                      'concurrency': 4}

    def __init__(self, **kwargs) -> None:
        site = pywikibot.Site()
        gen = (pywikibot.Page(site, t) for t in BOARDS)
        super().__init__(generator=gen, **kwargs)
        self.digest: list[str] = []

    async def _summarize(self, sem, client, title: str, body: str) -> str:
        async with sem:
            msg = await client.messages.create(
                model='claude-3-5-sonnet-latest',
                max_tokens=400,
                system=TALK_SUMMARY_SYSTEM,
                messages=[{'role': 'user', 'content': body[:30000]}],
            )
        return f'=== {title} ===\n{msg.content[0].text}'

    async def _summarize_all(self, threads) -> list[str]:
        client = get_async_anthropic_client()
        sem = asyncio.Semaphore(int(self.opt.concurrency))
        return await asyncio.gather(*(self._summarize(sem, client, t, b)
                                      for t, b in threads))

    def treat(self, page) -> None:
        threads = [(t, b) for t, b in split_threads(page.text)
                   if len(b.encode()) >= int(self.opt.minsize)]
        if not threads:
            return
        self.digest.append(f'== [[{page.title()}]] ==')
        self.digest.extend(asyncio.run(self._summarize_all(threads)))
        headline = self.ask_llm(
            'You write one-line headlines.',
            'One line: what is the noticeboard mostly about today?\n'
            + '\n'.join(t for t, _ in threads))
        self.digest.insert(0, f"''{headline}''")

    def teardown(self) -> None:
        if self.digest:
            out = pywikibot.Page(self.site,
                                 'User:WikiAIBot/Noticeboard digest')
            out.text = '\n\n'.join(self.digest) + '\n\n' + self.disclaimer
            out.save(summary=self.edit_summary('Bot: noticeboard digest'))
        super().teardown()


def main(*args: str) -> None:
    options = {}
    for arg in pywikibot.handle_args(args):
        name, _, value = arg[1:].partition(':')
        options[name] = value or True
    TalkSummaryBot(**options).run()


if __name__ == '__main__':
    main()
