"""Process-wide clients for the knowledge app.

Populated by ``KnowledgeConfig.ready()``; import the module (not the names)
so you see the configured objects:

    from knowledge import clients
    clients.voyage.embed(...)
"""
voyage = None
mistral = None


def ensure_ready():
    if voyage is None or mistral is None:
        raise RuntimeError("knowledge clients are not configured; is the app installed?")
