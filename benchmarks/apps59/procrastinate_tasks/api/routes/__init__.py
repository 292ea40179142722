from api.routes import admin, documents, search

__all__ = ["admin", "documents", "search"]
