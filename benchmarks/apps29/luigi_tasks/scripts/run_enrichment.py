#!/usr/bin/env python
"""Entry point used by cron:  run_enrichment.py nightly --date 2024-05-01"""
import argparse
import datetime as dt
import logging
import sys

import luigi

from enrichment.pipeline import NightlyEnrichment, ProviderBakeOff, WeeklyEnrichment

RUNS = {"nightly": NightlyEnrichment, "weekly": WeeklyEnrichment, "bakeoff": ProviderBakeOff}


def main(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument("run", choices=sorted(RUNS))
    parser.add_argument("--date", type=dt.date.fromisoformat, default=dt.date.today())
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--local-scheduler", action="store_true")
    args = parser.parse_args(argv)

    logging.basicConfig(level=logging.INFO)
    task = RUNS[args.run](run_date=args.date, limit=args.limit)
    ok = luigi.build([task], workers=args.workers, local_scheduler=args.local_scheduler, detailed_summary=True)
    return 0 if ok.status.name.startswith("SUCCESS") else 1


if __name__ == "__main__":
    sys.exit(main())
