#!/usr/bin/env python3
"""Find likely duplicate articles and list them for merging.

Does not edit articles; writes User:WikiAIBot/Duplicates.

-threshold:F     Cosine similarity threshold (default 0.92)
-recheck         Rerank each candidate's neighbours before reporting

&params;
"""
from __future__ import annotations

import voyageai

import pywikibot
from pywikibot import pagegenerators
from pywikibot.bot import SingleSiteBot

from wikiai import get_voyage_client
from wikiai.cache import ResponseCache
from wikiai.config import get_settings
from wikiai.embeddings import DuplicateDetector
from wikiai.reports import SummaryTable

docuReplacements = {'&params;': pagegenerators.parameterHelp}  # noqa: N816


class DuplicateBot(SingleSiteBot):

    update_options = {'threshold': 0.92, 'recheck': False}

    def setup(self) -> None:
        self.pages = []

    def treat(self, page) -> None:
        if page.exists() and not page.isRedirectPage():
            self.pages.append(page)

    def recheck(self, detector, title: str) -> list[tuple[str, float]]:
        # Voyage rerank with a throwaway client: the rerank quota is on a
        # separate key (VOYAGE_RERANK_KEY) from the embedding one.
        vo = voyageai.Client(api_key=self.rerank_key)
        others = {p.title(): p.text[:4000] for p in self.pages
                  if p.title() != title}
        query = next(p.text[:4000] for p in self.pages if p.title() == title)
        result = vo.rerank(query, list(others.values()),
                           model='rerank-2.5-lite', top_k=3)
        titles = list(others)
        return [(titles[r.index], r.relevance_score) for r in result.results]

    @property
    def rerank_key(self):
        import os
        return os.environ.get('VOYAGE_RERANK_KEY')

    def teardown(self) -> None:
        cache = ResponseCache(get_settings().cache_path)
        detector = DuplicateDetector(get_voyage_client(),
                                     threshold=float(self.opt.threshold),
                                     cache=cache)
        detector.add_pages(self.pages)
        table = SummaryTable(['Article', 'Possible duplicate', 'Score'])
        for cand in detector.candidates():
            if self.opt.recheck:
                top = self.recheck(detector, cand.title)
                if cand.other not in {t for t, _ in top}:
                    continue
            table.add(f'[[{cand.title}]]', f'[[{cand.other}]]',
                      f'{cand.score:.3f}')
        report = pywikibot.Page(self.site, 'User:WikiAIBot/Duplicates')
        report.text = table.generate()
        report.save(summary='Bot: update duplicate candidates')
        cache.close()
        super().teardown()


def main(*args: str) -> None:
    options = {}
    gen_factory = pagegenerators.GeneratorFactory()
    for arg in gen_factory.handle_args(pywikibot.handle_args(args)):
        name, _, value = arg[1:].partition(':')
        options[name] = value or True
    gen = gen_factory.getCombinedGenerator(preload=True)
    if not pywikibot.bot.suggest_help(missing_generator=not gen):
        DuplicateBot(generator=gen, **options).run()


if __name__ == '__main__':
    main()
