from chalicelib.blueprints.admin import admin_bp
from chalicelib.blueprints.chat import chat_bp
from chalicelib.blueprints.documents import documents_bp
from chalicelib.blueprints.search import search_bp

ALL_BLUEPRINTS = [
    (chat_bp, "/chat"),
    (search_bp, "/search"),
    (documents_bp, "/documents"),
    (admin_bp, "/admin"),
]
