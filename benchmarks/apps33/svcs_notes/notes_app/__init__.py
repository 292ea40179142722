"""Notes knowledge-base backend."""

from __future__ import annotations

import logging

import svcs
from flask import Flask

from notes_app.config import Settings


def create_app(settings: Settings | None = None) -> Flask:
    settings = settings or Settings.from_env()
    app = Flask(__name__)
    app.config["MAX_CONTENT_LENGTH"] = 4 * 1024 * 1024

    from notes_app.services.registry import register_services

    app = svcs.flask.init_app(app)
    register_services(svcs.flask.get_registry(app), settings)

    from notes_app.web import assist, export, health, notes, voice

    app.register_blueprint(notes.bp)
    app.register_blueprint(assist.bp)
    app.register_blueprint(health.bp)
    app.register_blueprint(voice.bp)
    app.register_blueprint(export.bp)

    from notes_app.cli import maint

    app.cli.add_command(maint)

    logging.basicConfig(level=logging.INFO)
    return app
