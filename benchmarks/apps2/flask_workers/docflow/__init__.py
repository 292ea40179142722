"""DocFlow: document ingestion and extraction service for B2B customers."""
from __future__ import annotations

import logging

from flask import Flask

from docflow.config import Settings, settings

__all__ = ["create_app", "settings"]

__version__ = "2.14.3"


def create_app(config: Settings | None = None) -> Flask:
    """Application factory used by the web process and the Celery workers."""
    cfg = config or settings
    app = Flask(__name__)
    app.config.update(cfg.as_flask_config())

    logging.basicConfig(
        level=logging.DEBUG if cfg.debug else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )

    from docflow.extensions import db, init_celery

    db.init_app(app)
    init_celery(app)

    from docflow.blueprints import admin_bp, documents_bp

    app.register_blueprint(documents_bp)
    app.register_blueprint(admin_bp)

    @app.get("/healthz")
    def healthz() -> dict[str, str]:
        return {"status": "ok", "version": __version__}

    return app
