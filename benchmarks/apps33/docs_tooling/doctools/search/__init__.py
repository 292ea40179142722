from doctools.search.embed import CohereEmbedder
from doctools.search.index import SearchIndex, build_index
from doctools.search.rerank import rerank_hits

__all__ = ["CohereEmbedder", "SearchIndex", "build_index", "rerank_hits"]
