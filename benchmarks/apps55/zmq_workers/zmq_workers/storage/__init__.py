from .store import ResultStore, StoredResult

__all__ = ["ResultStore", "StoredResult"]
