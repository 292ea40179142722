#!/usr/bin/env python3
"""Replay a captured alarm log through the burst detector and summariser.

Handy for tuning ``burst_threshold`` against last week's data without
touching the broker.  Pass ``--stream`` to print Gemini output as it comes.
"""
from __future__ import annotations

import argparse
import json
import sys

from google import genai

from gateway.handlers.alarms import SUMMARY_CONFIG, summarise_burst
from gateway.models import Alarm
from gateway.services.prompts import ALARM_SUMMARY
from gateway.storage.buffer import AlarmBuffer


def load(path: str) -> list[Alarm]:
    out = []
    with open(path) as fh:
        for line in fh:
            d = json.loads(line)
            out.append(Alarm(d["id"], d["area"], d["code"], d["message"], d.get("priority", 3), d["ts"]))
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("log")
    ap.add_argument("--window", type=int, default=30)
    ap.add_argument("--threshold", type=int, default=5)
    ap.add_argument("--model", default="gemini-2.0-flash")
    ap.add_argument("--stream", action="store_true")
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args()

    client = genai.Client()
    buf = AlarmBuffer(args.window, args.threshold)
    bursts = 0
    for alarm in load(args.log):
        burst = buf.add(alarm)
        if not burst:
            continue
        bursts += 1
        print(f"--- burst #{bursts} in {alarm.area} ({len(burst)} alarms)")
        if args.dry_run:
            continue
        if args.stream:
            prompt = ALARM_SUMMARY.format(count=len(burst), area=alarm.area, alarms="\n".join(a.line() for a in burst))
            for chunk in client.models.generate_content_stream(model=args.model, contents=prompt, config=SUMMARY_CONFIG):
                sys.stdout.write(chunk.text or "")
            print()
        else:
            print(summarise_burst(client, args.model, alarm.area, burst))
    print(f"{bursts} bursts")
    return 0


if __name__ == "__main__":
    sys.exit(main())
