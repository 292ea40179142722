from workers.admin.api import api

__all__ = ["api"]
