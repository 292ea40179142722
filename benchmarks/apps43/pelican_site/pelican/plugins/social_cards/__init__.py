from pelican import signals

from .cards import generate_cards, remember_articles


def register():
    signals.article_generator_finalized.connect(remember_articles)
    signals.finalized.connect(generate_cards)
