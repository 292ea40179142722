#!/usr/bin/env python3
"""Tag stubs with a topic stub template (2023 prototype, openai 0.28).

Runs from the old venv only. Replaced by copyedit_bot + category_bot.
"""
import pywikibot
from pywikibot import pagegenerators
from pywikibot.bot import CurrentPageBot

from wikiai.legacy import ask_gpt
from wikiai.wikitext import StubStats, plain_text

TOPICS = ['geo', 'bio', 'sport', 'music', 'science', 'history']


class OldStubTagger(CurrentPageBot):

    def treat_page(self):
        text = self.current_page.text
        if '-stub}}' in text or not StubStats(text).is_stub():
            return
        answer = ask_gpt('Pick one topic from %s for this article, answer '
                         'with the word only:\n\n%s'
                         % (', '.join(TOPICS), plain_text(text, 3000)))
        topic = answer.strip().lower()
        if topic not in TOPICS:
            return
        self.put_current(text.rstrip() + '\n\n{{%s-stub}}\n' % topic,
                         summary='Bot: tag stub (%s)' % topic)


def main(*args):
    gen_factory = pagegenerators.GeneratorFactory()
    gen_factory.handle_args(pywikibot.handle_args(args))
    gen = gen_factory.getCombinedGenerator()
    if gen:
        OldStubTagger(generator=gen).run()


if __name__ == '__main__':
    main()
