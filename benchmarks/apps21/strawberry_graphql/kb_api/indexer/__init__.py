from kb_api.indexer.worker import Indexer

__all__ = ["Indexer"]
