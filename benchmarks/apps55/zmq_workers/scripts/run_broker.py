#!/usr/bin/env python
"""Start the broker."""
import logging
import signal

from zmq_workers.broker import Broker


def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    broker = Broker()
    signal.signal(signal.SIGTERM, lambda *_: broker.stop())
    broker.run()


if __name__ == "__main__":
    main()
