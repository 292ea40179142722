from newsenrich.transforms.classify import ClassifyTopics
from newsenrich.transforms.composite import EnrichArticles
from newsenrich.transforms.embed import EmbedArticles
from newsenrich.transforms.moderation import ModerateArticles
from newsenrich.transforms.rerank import AssignStorySeeds

__all__ = ["AssignStorySeeds", "ClassifyTopics", "EmbedArticles", "EnrichArticles", "ModerateArticles"]
