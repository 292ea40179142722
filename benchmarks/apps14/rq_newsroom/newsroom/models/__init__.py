from newsroom.models.base import CRUDMixin, TimestampMixin
from newsroom.models.article import Article, Author, MediaAsset, Tag, article_tags
from newsroom.models.ai import AiSuggestion, FactCheckReport, Transcript

__all__ = [
    "CRUDMixin",
    "TimestampMixin",
    "Article",
    "Author",
    "MediaAsset",
    "Tag",
    "article_tags",
    "AiSuggestion",
    "FactCheckReport",
    "Transcript",
]
