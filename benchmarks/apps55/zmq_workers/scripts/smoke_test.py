#!/usr/bin/env python
"""Submit one job of each kind through a running broker."""
import sys

from zmq_workers.client import JobClient, wait_for_broker
from zmq_workers.config import get_settings

SAMPLE = "ZeroMQ is a high-performance asynchronous messaging library aimed at distributed systems."


def main() -> int:
    url = get_settings().frontend_url
    if not wait_for_broker(url):
        print("broker not reachable at", url)
        return 2
    with JobClient(url, timeout_s=60) as jc:
        print("summary:", jc.summarize(SAMPLE, max_words=20))
        print("fr:", jc.translate(SAMPLE, target="French"))
        print("dims:", len(jc.embed([SAMPLE])[0]))
        print("moderation:", jc.moderate(SAMPLE))
    return 0


if __name__ == "__main__":
    sys.exit(main())
