#!/usr/bin/env python
"""Start one worker: `python -m scripts.run_worker summarize`."""
import argparse
import asyncio
import inspect
import logging
import sys

from zmq_workers.healthcheck import deep_checks, shallow_checks
from zmq_workers.workers import WORKERS, load_worker


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("worker", choices=sorted(WORKERS))
    parser.add_argument("--check", action="store_true", help="probe providers and exit")
    parser.add_argument("--deep", action="store_true", help="with --check: send a 1-token request")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO)

    if args.check:
        results = shallow_checks() + (deep_checks() if args.deep else [])
        for r in results:
            print(f"{r.provider:10} {'OK ' if r.ok else 'ERR'} {r.latency_ms:7.1f}ms {r.detail}")
        sys.exit(0 if all(r.ok for r in results) else 1)

    worker = load_worker(args.worker)()
    if inspect.iscoroutinefunction(worker.run):
        asyncio.run(worker.run())
    else:
        worker.run()


if __name__ == "__main__":
    main()
