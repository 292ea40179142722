from pelican import signals

from .categories import suggest_categories
from .keywords import register_keywords
from .tagger import tag_articles


def register():
    signals.article_generator_finalized.connect(tag_articles)
    signals.article_generator_finalized.connect(suggest_categories)
    register_keywords()
