"""DeskPilot API - support-desk assistant service.

Ported from the Flask app (``deskpilot-legacy``) in 2023.  The factory below is
the only supported way to build an app; ``deskpilot.legacy`` still holds a few
modules that were copied over verbatim and are being phased out.
"""
from __future__ import annotations

import logging
import os

from quart import Quart

from .config import get_config
from .lifecycle import register_lifecycle
from .middleware import register_middleware

__version__ = "2.7.1"

log = logging.getLogger(__name__)


def create_app(config_name: str | None = None) -> Quart:
    app = Quart(__name__)
    cfg = get_config(config_name or os.getenv("DESKPILOT_ENV", "development"))
    app.config.from_object(cfg)
    app.config.from_prefixed_env("DESKPILOT")

    register_lifecycle(app)
    register_middleware(app)
    _register_blueprints(app)
    _register_cli(app)

    log.info("deskpilot %s created (env=%s)", __version__, cfg.ENV_NAME)
    return app


def _register_blueprints(app: Quart) -> None:
    from .blueprints import all_blueprints

    for bp, prefix in all_blueprints():
        app.register_blueprint(bp, url_prefix=prefix)


def _register_cli(app: Quart) -> None:
    from .cli import llm_cli

    app.cli.add_command(llm_cli)
