"""Ops admin (internal only, behind the VPN + Azure AD proxy)."""
from flask import Flask

from docintel.core.log_config import configure_logging
from docintel.core.settings import settings


def create_app() -> Flask:
    configure_logging(settings.log_level, json_output=settings.is_production)
    app = Flask(__name__)
    app.config["SECRET_KEY"] = settings.admin_secret_key
    app.config["JSON_SORT_KEYS"] = False

    from docintel.admin.views import bp

    app.register_blueprint(bp)

    @app.get("/healthz")
    def healthz():
        return {"ok": True}

    return app
