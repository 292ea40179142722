from sanic import Blueprint

from .admin import bp as admin_bp
from .admin import health_bp
from .chat import bp as chat_bp
from .conversations import bp as conversations_bp
from .search import bp as search_bp
from .stream import bp as stream_bp
from .tickets import bp as tickets_bp
from .voice import bp as voice_bp

api = Blueprint.group(
    chat_bp,
    stream_bp,
    conversations_bp,
    tickets_bp,
    search_bp,
    voice_bp,
    admin_bp,
    health_bp,
    url_prefix="/api",
    version=1,
)

__all__ = ["api"]
