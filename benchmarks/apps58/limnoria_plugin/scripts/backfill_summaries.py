#!/usr/bin/env python3
"""Summarise old ChannelLogger files into the Recap store.

    ./scripts/backfill_summaries.py ~/bot/logs/ChannelLogger/libera/#help
"""

import glob
import os
import re
import sys
import time

import _path  # noqa: F401
from LLM.local import summarise
from LLM.local.clients import ClientBundle
from LLM.local.scrollback import Line
from Recap.local.store import RecapStore

LOG_RE = re.compile(r"^(\S+T\S+)\s+<([^>]+)>\s+(.*)$")


def parse(path):
    lines = []
    with open(path, errors="replace") as fd:
        for raw in fd:
            m = LOG_RE.match(raw.strip())
            if not m:
                continue
            ts = time.mktime(time.strptime(m.group(1)[:19], "%Y-%m-%dT%H:%M:%S"))
            lines.append(Line(ts, m.group(2), m.group(3), False))
    return lines


def main(logdir, store_path="Recap.json"):
    bundle = ClientBundle(lambda: {
        "anthropic": os.environ.get("ANTHROPIC_API_KEY"),
        "openai": os.environ.get("OPENAI_API_KEY"),
    })
    store = RecapStore(store_path)
    channel = "#" + os.path.basename(logdir.rstrip("/")).lstrip("#")
    for path in sorted(glob.glob(os.path.join(logdir, "*.log"))):
        lines = parse(path)
        if len(lines) < 20:
            continue
        text = summarise.summarise(bundle, lines, max_lines=5)
        store.create(channel, text, "backfill")
        print(os.path.basename(path), "->", len(text), "chars")
        time.sleep(1)


if __name__ == "__main__":
    main(*sys.argv[1:])
