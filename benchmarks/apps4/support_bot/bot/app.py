"""Slack Bolt application object. Handlers register themselves on import (see handlers/)."""
import logging

from slack_bolt import App

from bot.config import get_settings

log = logging.getLogger(__name__)

_settings = get_settings()

app = App(
    token=_settings.slack_bot_token,
    signing_secret=_settings.slack_signing_secret or None,
    process_before_response=False,
)


@app.error
def on_error(error, body, logger):
    logger.exception("unhandled slack error: %s", error)


def load_handlers() -> App:
    # imported for their @app.* side effects
    from bot.handlers import feedback, slack_commands, slack_events  # noqa: F401

    log.info("slack handlers loaded")
    return app
