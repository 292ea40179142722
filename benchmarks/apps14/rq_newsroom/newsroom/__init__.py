"""Newsroom CMS application factory."""
import logging
import os

from flask import Flask, jsonify

from newsroom.config import config_by_name
from newsroom.extensions import ai_clients, db, login_manager, migrate, queues

__version__ = "2.14.0"


def create_app(config_name=None):
    app = Flask(__name__)
    config_name = config_name or os.environ.get("NEWSROOM_ENV", "development")
    app.config.from_object(config_by_name[config_name])
    app.config.from_prefixed_env("NEWSROOM")

    _configure_logging(app)

    db.init_app(app)
    migrate.init_app(app, db)
    login_manager.init_app(app)
    queues.init_app(app)
    ai_clients.init_app(app)

    from newsroom.blueprints import register_blueprints

    register_blueprints(app)
    _register_error_handlers(app)
    _register_commands(app)
    return app


def _configure_logging(app):
    level = logging.DEBUG if app.debug else logging.INFO
    logging.basicConfig(
        level=level,
        format="%(asctime)s %(levelname)s [%(name)s] %(message)s",
    )
    # the SDKs are very chatty at DEBUG
    for noisy in ("httpx", "httpcore", "botocore", "urllib3", "openai", "anthropic"):
        logging.getLogger(noisy).setLevel(logging.WARNING)


def _register_error_handlers(app):
    from newsroom.services import AIServiceError, FeatureDisabled

    @app.errorhandler(FeatureDisabled)
    def _feature_disabled(exc):
        return jsonify(error="feature_disabled", feature=exc.feature), 403

    @app.errorhandler(AIServiceError)
    def _ai_error(exc):
        app.logger.warning("AI service error: %s", exc)
        return jsonify(error="ai_unavailable", detail=str(exc)), 502

    @app.errorhandler(404)
    def _not_found(exc):
        return jsonify(error="not_found"), 404


def _register_commands(app):
    import click

    @app.cli.command("backfill-tag-embeddings")
    @click.option("--kind", default=None, help="topic | person | place | org; defaults to all")
    @click.option("--batch-size", default=200, show_default=True)
    def backfill_embeddings(kind, batch_size):
        """Queue embedding backfill for tags created before matching existed."""
        from newsroom.tasks.enrichment import enqueue_embedding_backfill

        count = enqueue_embedding_backfill(batch_size=batch_size, kind=kind)
        click.echo(f"queued {count} backfill jobs")

    @app.cli.command("nightly-retag")
    def nightly_retag():
        """Submit the nightly re-tagging batch."""
        from newsroom.tasks.batch_jobs import submit_nightly_retag

        batch_id = submit_nightly_retag()
        click.echo(f"submitted batch {batch_id}")
