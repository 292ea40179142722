"""Entry point: ``support-bot --slack`` or ``support-bot --discord``."""
from __future__ import annotations

import argparse
import logging
import sys
from typing import List, Optional

from bot.config import get_settings
from bot.logging_setup import configure_logging

log = logging.getLogger("support_bot")


def _run_slack() -> None:
    from slack_bolt.adapter.socket_mode import SocketModeHandler

    from bot.app import load_handlers

    app = load_handlers()
    SocketModeHandler(app, get_settings().slack_app_token).start()


def _run_discord() -> None:
    from bot.adapters.discord_adapter import run

    run()


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="support-bot")
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--slack", action="store_true")
    group.add_argument("--discord", action="store_true")
    parser.add_argument("--log-level", default="INFO")
    parser.add_argument("--plain-logs", action="store_true")
    parser.add_argument("--check", action="store_true", help="verify provider credentials and exit")
    args = parser.parse_args(argv)

    configure_logging(args.log_level, json_output=not args.plain_logs)
    settings = get_settings()
    log.info("starting support-bot (%s)", settings.environment)

    if args.check:
        from bot.llm import check_credentials

        for provider, status in check_credentials().items():
            print(f"{provider:10s} {status}")
        return 0

    try:
        if args.slack:
            _run_slack()
        else:
            _run_discord()
    except KeyboardInterrupt:
        log.info("shutting down")
    return 0


if __name__ == "__main__":
    sys.exit(main())
