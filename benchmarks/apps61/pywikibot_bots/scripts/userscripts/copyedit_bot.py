#!/usr/bin/env python3
"""Copy-edit stub articles (spelling, grammar, punctuation only).

-engine:NAME     claude (default) or mistral
-threshold:F     StubStats completion below which a page counts as a stub
-legacy          Paragraph-by-paragraph mode from the 2023 trial
-always          Don't ask

&params;
"""
from __future__ import annotations

import pywikibot
from pywikibot import pagegenerators
from pywikibot.bot import CurrentPageBot

from wikiai import get_mistral_client
from wikiai.copyedit import copyedit, copyedit_paragraph, is_safe_edit
from wikiai.prompts import COPYEDIT_SYSTEM
from wikiai.wikitext import StubStats

docuReplacements = {'&params;': pagegenerators.parameterHelp}  # noqa: N816


def mistral_copyedit(text: str, model: str = 'mistral-large-latest') -> str:
    mistral = get_mistral_client()
    out = []
    stream = mistral.chat.stream(
        model=model,
        messages=[{'role': 'system', 'content': COPYEDIT_SYSTEM},
                  {'role': 'user', 'content': text}],
        temperature=0,
    )
    for event in stream:
        delta = event.data.choices[0].delta.content
        if delta:
            out.append(delta)
    return ''.join(out)


class CopyeditBot(CurrentPageBot):

    update_options = {
        'engine': 'claude',
        'threshold': 0.35,
        'legacy': False,
    }

    def treat_page(self) -> None:
        page = self.current_page
        if not page.exists() or page.isRedirectPage():
            return
        old = page.text
        stats = StubStats(old)
        if stats.completion() >= float(self.opt.threshold):
            pywikibot.info(f'{page} is not a stub ({stats.completion()})')
            return
        if self.opt.legacy:
            new = '\n\n'.join(copyedit_paragraph(p) if p.strip() else p
                              for p in old.split('\n\n'))
        elif self.opt.engine == 'mistral':
            new = mistral_copyedit(old)
        else:
            new = copyedit(old)
        if not is_safe_edit(old, new):
            pywikibot.warning(f'rejected copyedit of {page}: too many changes')
            return
        self.put_current(new, summary='Bot: copyedit (spelling/grammar)',
                         minor=True)


def main(*args: str) -> None:
    options = {}
    gen_factory = pagegenerators.GeneratorFactory()
    for arg in gen_factory.handle_args(pywikibot.handle_args(args)):
        name, _, value = arg[1:].partition(':')
        options[name] = value if value else True
    gen = gen_factory.getCombinedGenerator()
    if gen is None:
        site = pywikibot.Site()
        stub_cat = pywikibot.Category(site, 'Category:Stubs')
        gen = pagegenerators.CategorizedPageGenerator(stub_cat, recurse=True)
    gen = pagegenerators.PreloadingGenerator(gen)
    CopyeditBot(generator=gen, **options).run()


if __name__ == '__main__':
    main()
