import logging
import os
import sys

_CONFIGURED = False

LOG_FORMAT = "%(asctime)s %(levelname)-7s %(name)s [%(bot)s] %(message)s"


class _BotNameFilter(logging.Filter):
    def __init__(self, bot_name):
        super().__init__()
        self.bot_name = bot_name

    def filter(self, record):
        if not hasattr(record, "bot"):
            record.bot = self.bot_name
        return True


def configure_logging(bot_name="shared", level=None):
    """Idempotent logging setup; both entrypoints call this first thing."""
    global _CONFIGURED
    if _CONFIGURED:
        return
    level = level or os.environ.get("LOG_LEVEL", "INFO")
    handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    handler.addFilter(_BotNameFilter(bot_name))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    # these are extremely chatty at INFO
    for noisy in ("httpx", "httpcore", "discord.gateway", "slack_bolt.AsyncApp", "grpc"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    _CONFIGURED = True
