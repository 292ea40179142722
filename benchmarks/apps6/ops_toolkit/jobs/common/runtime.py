from __future__ import annotations

import argparse
import functools
import logging
import sys
import time
from typing import Callable

from opskit.logging_setup import configure

log = logging.getLogger("jobs")


def completion(done: int, total: int) -> float:
    """Fraction of work done, safe for total == 0."""
    return 1.0 if total <= 0 else min(1.0, done / total)


def report_progress(done: int, total: int, every: int = 50) -> None:
    if done % every == 0 or done == total:
        log.info("progress %d/%d (%.0f%%)", done, total, 100 * completion(done=done, total=total))


def job_main(name: str) -> Callable:
    """Decorator for a job's entry point: logging, timing, exit codes."""

    def decorator(fn: Callable[[argparse.Namespace], int]):
        @functools.wraps(fn)
        def wrapper(argv=None) -> None:
            parser = argparse.ArgumentParser(prog=name)
            parser.add_argument("--dry-run", action="store_true")
            parser.add_argument("--verbose", action="store_true")
            parser.add_argument("--json-logs", action="store_true")
            args, extra = parser.parse_known_args(argv)
            args.extra = extra
            configure(verbose=args.verbose, json_logs=args.json_logs)
            started = time.monotonic()
            log.info("%s starting", name)
            try:
                rc = fn(args) or 0
            except KeyboardInterrupt:
                rc = 130
            except Exception:
                log.exception("%s failed", name)
                rc = 1
            log.info("%s finished rc=%s in %.1fs", name, rc, time.monotonic() - started)
            sys.exit(rc)

        return wrapper

    return decorator
