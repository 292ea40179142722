from pelican import signals

from . import translator


def register():
    signals.article_generator_finalized.connect(translator.collect_articles)
    signals.finalized.connect(translator.write_translations)
