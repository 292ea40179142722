from pelican import signals

from .related import add_related_posts
from .search_index import register_search


def register():
    signals.article_generator_finalized.connect(add_related_posts)
    register_search()
