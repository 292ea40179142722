from flask import current_app


def get():
    clients = current_app.extensions.get("llm")
    return {
        "status": "ok",
        "azure_configured": bool(getattr(clients, "azure", None)),
    }
