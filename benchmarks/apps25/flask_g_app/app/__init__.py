"""HireHelp - HR / recruiting help desk.

Application factory.  Blueprints live in their own packages (tickets,
candidates, policies, admin); LLM clients are owned by the ``HireHelpLLM``
extension and handed out per request through ``app.llm.context``.
"""
import logging

from flask import Flask

from config import CONFIGS
from app.extensions import db, llm
from app.llm.factory import ClientFactory
from app.llm.context import register_request_hooks
from app.background import init_background

log = logging.getLogger(__name__)


def create_app(env: str = "development", **overrides) -> Flask:
    app = Flask(__name__, instance_relative_config=True)
    app.config.from_object(CONFIGS[env])
    app.config.update(overrides)

    db.init_app(app)
    llm.init_app(app)

    # Newer code asks the factory for clients instead of reaching into
    # app.extensions directly (see PR #212).  Both styles still exist.
    app.config.setdefault("LLM_CLIENT_FACTORY", ClientFactory.from_config(app.config))

    register_request_hooks(app)
    init_background(app)

    from app.tickets import bp as tickets_bp
    from app.candidates import bp as candidates_bp
    from app.policies import bp as policies_bp
    from app.admin import bp as admin_bp
    from app.onboarding import bp as onboarding_bp

    app.register_blueprint(tickets_bp, url_prefix="/tickets")
    app.register_blueprint(candidates_bp, url_prefix="/candidates")
    app.register_blueprint(policies_bp, url_prefix="/policies")
    app.register_blueprint(admin_bp, url_prefix="/admin")
    app.register_blueprint(onboarding_bp, url_prefix="/onboarding")

    # legacy Slack bridge (to be replaced by the Slack app in HH-402)
    from app.legacy.slack_bridge import slack_bp

    app.register_blueprint(slack_bp, url_prefix="/integrations")

    from app import cli

    cli.register(app)

    @app.get("/healthz")
    def healthz():
        return {"ok": True, "llm": llm.status()}

    log.info("HireHelp started (env=%s)", env)
    return app
