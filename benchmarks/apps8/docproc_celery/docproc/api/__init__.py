"""Internal admin / search API."""
from flask import Flask, jsonify

from docproc.clients import get_anthropic_client, get_genai_client
from docproc.errors import DocProcError, DocumentNotFound
from docproc.logging_config import configure_logging
from docproc.settings import settings


def create_app() -> Flask:
    configure_logging()
    app = Flask(__name__)
    app.config["JSON_SORT_KEYS"] = False
    app.config["ADMIN_TOKEN"] = settings.admin_token

    # Shared provider clients for request handlers.
    app.extensions["anthropic"] = get_anthropic_client()
    app.extensions["genai"] = get_genai_client()

    from docproc.api.admin import bp as admin_bp
    from docproc.api.search import bp as search_bp

    app.register_blueprint(admin_bp, url_prefix="/admin")
    app.register_blueprint(search_bp, url_prefix="/search")

    @app.errorhandler(DocumentNotFound)
    def _not_found(exc):
        return jsonify(error=str(exc)), 404

    @app.errorhandler(DocProcError)
    def _app_error(exc):
        return jsonify(error=str(exc)), 500

    @app.get("/healthz")
    def healthz():
        return {"ok": True}

    return app
