#!/usr/bin/env python
"""Ad-hoc backfill outside Mage (for when the scheduler is down).

    python -m mage_pipeline.scripts.backfill_summaries --csv tickets.csv --out out.csv
"""
import argparse
import csv
import logging
from concurrent.futures import ThreadPoolExecutor, as_completed

import litellm

from mage_pipeline.utils import legacy_openai
from mage_pipeline.utils.clients import configure_litellm
from mage_pipeline.utils.prompts import build_summary_prompt, truncate_thread

logger = logging.getLogger('backfill')


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument('--csv', required=True)
    parser.add_argument('--out', required=True)
    parser.add_argument('--model', default='together_ai/meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo')
    parser.add_argument('--workers', type=int, default=6)
    parser.add_argument('--legacy', action='store_true', help='use the old HTTP client (claude)')
    args = parser.parse_args()
    configure_litellm()

    with open(args.csv, newline='') as fh:
        rows = list(csv.DictReader(fh))

    results = {}
    if args.legacy:
        for r in rows:
            thread = truncate_thread([r['body']])
            results[r['ticket_id']] = legacy_openai.claude(build_summary_prompt(thread, 3))
    else:
        with ThreadPoolExecutor(max_workers=args.workers) as pool:
            futures = {
                pool.submit(
                    litellm.completion,
                    model=args.model,
                    messages=[{'role': 'user', 'content': build_summary_prompt(truncate_thread([r['body']]), 3)}],
                    max_tokens=256,
                ): r['ticket_id']
                for r in rows
            }
            for fut in as_completed(futures):
                tid = futures[fut]
                try:
                    results[tid] = fut.result().choices[0].message.content
                except Exception:  # noqa: BLE001
                    logger.exception('ticket %s failed', tid)

    with open(args.out, 'w', newline='') as fh:
        writer = csv.writer(fh)
        writer.writerow(['ticket_id', 'summary'])
        for tid, summary in results.items():
            writer.writerow([tid, summary])
    logger.info('wrote %d summaries', len(results))


if __name__ == '__main__':
    logging.basicConfig(level=logging.INFO)
    main()
