"""Entry point: ``python -m gateway.server --config gateway.toml``."""
from __future__ import annotations

import argparse
import logging
import signal
import sys

from rpyc.utils.server import ThreadedServer

from gateway.backends.registry import BackendRegistry
from gateway.clients import reset_clients
from gateway.config import load_config
from gateway.factory import build_registry, make_service
from gateway.service import LLMService
from gateway.tracking.llm_usage_tracker import llm_tracker

log = logging.getLogger("gateway")

PROTOCOL_CONFIG = {
    "allow_public_attrs": False,
    "allow_pickle": False,
    "sync_request_timeout": 180,
}


def _install_sighup(reload_fn):
    def _handler(signum, frame):
        log.info("SIGHUP: rebuilding SDK clients")
        reload_fn()
    signal.signal(signal.SIGHUP, _handler)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--config", default="gateway.toml")
    parser.add_argument("--port", type=int)
    parser.add_argument("--simple", action="store_true", help="single shared service instance (debug)")
    args = parser.parse_args(argv)

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    config = load_config(args.config)
    port = args.port or config.server.port

    if args.simple:
        # one instance for every connection: handy with a debugger attached
        registry: BackendRegistry = build_registry(config)
        service = LLMService(registry, config=config)
    else:
        service = make_service(config)

    llm_tracker.start(sys.stderr)
    _install_sighup(reset_clients)

    server = ThreadedServer(
        service,
        hostname=config.server.host,
        port=port,
        protocol_config=PROTOCOL_CONFIG,
        logger=log,
    )
    log.info("LLM gateway listening on %s:%d", config.server.host, port)
    try:
        server.start()
    finally:
        llm_tracker.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
