from app.routes import admin, chat, refunds, tickets

__all__ = ["admin", "chat", "refunds", "tickets"]
