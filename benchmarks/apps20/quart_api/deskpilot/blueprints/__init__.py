from .admin import bp as admin_bp
from .chat import bp as chat_bp
from .kb import bp as kb_bp
from .playground import bp as playground_bp
from .tickets import bp as tickets_bp
from .webhooks import bp as webhooks_bp


def all_blueprints():
    return [
        (chat_bp, "/v1/chat"),
        (tickets_bp, "/v1/tickets"),
        (kb_bp, "/v1/kb"),
        (playground_bp, "/v1/playground"),
        (webhooks_bp, "/hooks"),
        (admin_bp, "/admin"),
    ]
