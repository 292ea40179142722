"""Tiny Flask admin used by the editorial team to poke the queue."""
import os

from flask import Flask

from newsletter.providers import get_openai_client, get_perplexity_client


def create_app(config=None):
    app = Flask(__name__)
    app.config.update(
        SECRET_KEY=os.environ.get("ADMIN_SECRET", "dev-only"),
        ADMIN_USERS=os.environ.get("ADMIN_USERS", "editor").split(","),
        PREVIEW_MODEL=os.environ.get("PREVIEW_MODEL", "gpt-4o-mini"),
    )
    if config:
        app.config.update(config)

    # shared clients for synchronous previews (everything else goes via huey)
    app.extensions["llm"] = {
        "openai": get_openai_client(),
        "perplexity": get_perplexity_client(),
    }

    from newsletter.admin.views import bp

    app.register_blueprint(bp, url_prefix="/admin")
    return app
