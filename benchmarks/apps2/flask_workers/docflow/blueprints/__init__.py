from .admin import bp as admin_bp
from .documents import bp as documents_bp

__all__ = ["admin_bp", "documents_bp"]
