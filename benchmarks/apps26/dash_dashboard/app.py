"""Retail Insights -- Dash entry point.

    gunicorn app:server -w 4 -b 0.0.0.0:8050
"""
from __future__ import annotations

import logging
import os

import dash
import dash_bootstrap_components as dbc
from dash import Dash, dcc, html
from flask import jsonify

from ai import attach_providers
from callbacks import register_callbacks
from components import navbar
from config import get_settings
from extensions import background_manager, cache
from server_routes import api_bp

logging.basicConfig(
    level=os.environ.get("LOG_LEVEL", "INFO"),
    format="%(asctime)s %(levelname)s %(name)s: %(message)s",
)
settings = get_settings()

app = Dash(
    __name__,
    use_pages=True,
    external_stylesheets=[dbc.themes.FLATLY, dbc.icons.BOOTSTRAP],
    background_callback_manager=background_manager,
    suppress_callback_exceptions=True,
    title="Retail Insights",
)
server = app.server
server.secret_key = settings.secret_key

attach_providers(server)
server.register_blueprint(api_bp, url_prefix="/api")

app.layout = html.Div(
    [
        dcc.Location(id="url"),
        navbar(),
        dcc.Store(id="session-store", storage_type="session"),
        dcc.Store(id="insight-history", storage_type="local", data=[]),
        dcc.Store(id="suggested-questions", storage_type="memory"),
        dbc.Container(
            [
                html.Div(id="global-ask-answer", className="mb-3"),
                dash.page_container,
            ],
            fluid=True,
        ),
    ]
)

register_callbacks(app)


@server.route("/healthz")
def healthz():
    return jsonify(status="ok", env=settings.env, cache_items=len(cache))


@server.route("/admin/flush-cache", methods=["POST"])
def flush_cache():
    cleared = cache.clear()
    return jsonify(cleared=cleared)


if __name__ == "__main__":
    app.run(debug=settings.debug, host="0.0.0.0", port=int(os.environ.get("PORT", 8050)))
