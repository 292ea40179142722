"""LexReview Pyramid application factory."""
import logging

from pyramid.config import Configurator
from pyramid.session import SignedCookieSessionFactory

log = logging.getLogger(__name__)


def main(global_config, **settings):
    """Return a Pyramid WSGI application."""
    settings.setdefault("jinja2.filters", "")
    session_factory = SignedCookieSessionFactory(
        settings.get("session.secret", "change-me-in-production"),
        httponly=True,
    )

    with Configurator(settings=settings, session_factory=session_factory) as config:
        config.include("pyramid_jinja2")
        config.include("pyramid_retry")
        config.include("pyramid_services")
        config.include(".models")
        config.include(".routes")

        # provider clients, request methods, usage tracker
        config.include(".llm")
        config.include(".services")

        config.add_tween("lexreview.tweens.request_timing_tween_factory")
        if config.get_settings().get("lexreview.screen_uploads", "true") == "true":
            config.add_tween(
                "lexreview.tweens.intake_screening_tween_factory",
                under="lexreview.tweens.request_timing_tween_factory",
            )

        config.scan(ignore=["lexreview.legacy", "lexreview.scripts"])

    log.info("LexReview application configured")
    return config.make_wsgi_app()
