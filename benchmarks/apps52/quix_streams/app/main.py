"""Entrypoint: ``python -m app.main`` (pipeline picked by REVIEWS_PIPELINE)."""
from __future__ import annotations

import logging
import signal
import sys

from quixstreams import Application

from app.config import get_settings
from app.pipelines import PIPELINES
from app.services.llm_usage_tracker import llm_tracker
from app.utils.cost import completion_cost

logger = logging.getLogger("app")


def make_app(settings) -> Application:
    kafka = settings.kafka
    return Application(
        broker_address=kafka.broker_address,
        consumer_group=f"{kafka.consumer_group}-{settings.pipeline}",
        auto_offset_reset=kafka.auto_offset_reset,
        commit_interval=kafka.commit_interval,
        processing_guarantee="at-least-once",
        loglevel="INFO",
    )


def _log_usage(*_args) -> None:
    logs = llm_tracker.drain()
    total = sum(completion_cost(l.model, l.input_tokens, l.output_tokens) for l in logs)
    logger.info("tracked %d llm calls, est. $%.4f", len(logs), total)


def main(argv: list[str] | None = None) -> int:
    argv = argv if argv is not None else sys.argv[1:]
    settings = get_settings()
    name = argv[0] if argv else settings.pipeline
    if name not in PIPELINES:
        logger.error("unknown pipeline %r (have: %s)", name, ", ".join(sorted(PIPELINES)))
        return 2

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    app = make_app(settings)
    PIPELINES[name](app, settings)
    signal.signal(signal.SIGUSR1, _log_usage)
    logger.info("starting pipeline %s (env=%s)", name, settings.env)
    app.run()
    _log_usage()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
