"""Run the gateway backend outside crossbar:

    python -m gateway --url ws://router:8080/ws --realm realm1
"""
from __future__ import annotations

import argparse
import logging
import os

from autobahn.asyncio.wamp import ApplicationRunner

from gateway.backend import Backend
from gateway.config import get_settings
from gateway.llm import build_clients


def main() -> None:
    s = get_settings()
    parser = argparse.ArgumentParser(prog="gateway")
    parser.add_argument("--url", default=s.router_url)
    parser.add_argument("--realm", default=s.realm)
    parser.add_argument("--debug", action="store_true")
    args = parser.parse_args()

    logging.basicConfig(level=logging.DEBUG if args.debug else logging.INFO,
                        format="%(asctime)s %(name)s %(levelname)s %(message)s")

    # clients are built once here so crossbar restarts of the session reuse them
    extra = {"settings": s, "clients": build_clients(), "node": os.uname().nodename}
    runner = ApplicationRunner(args.url, args.realm, extra=extra)
    runner.run(Backend, auto_reconnect=True)


if __name__ == "__main__":
    main()
