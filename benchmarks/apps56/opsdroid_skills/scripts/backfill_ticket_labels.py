#!/usr/bin/env python3
"""One-off: label the last N months of OPS tickets so the dashboard has history.

    python scripts/backfill_ticket_labels.py --since 2024-01-01 --dry-run
"""
import argparse
import asyncio
import concurrent.futures
import json
import logging
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from skills.common import sync_openai_client  # noqa: E402
from skills.common.prompts import TICKET_LABELS  # noqa: E402
from skills.tickets.jira import JiraClient, plain_description  # noqa: E402

log = logging.getLogger("backfill")

INSTRUCTIONS = (
    "Pick exactly one label from: " + ", ".join(TICKET_LABELS) +
    '. Reply with JSON {"label": ..., "priority": "P1".."P4"}.'
)


def label_one(client, issue, model):
    text = f"{issue['fields']['summary']}\n\n{plain_description(issue)}"
    resp = client.responses.create(
        model=model,
        instructions=INSTRUCTIONS,
        input=text[:6000],
        text={"format": {"type": "json_object"}},
    )
    return issue["key"], json.loads(resp.output_text)


async def fetch(jira, since):
    return await jira.search(f'project = OPS AND created >= "{since}" ORDER BY created ASC', max_results=1000)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--since", required=True)
    parser.add_argument("--model", default="gpt-4.1-mini")
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO)

    config = {"openai_api_key": "$OPENAI_API_KEY"}
    client = sync_openai_client(config)
    jira = JiraClient(os.environ["JIRA_URL"], os.environ["JIRA_USER"], os.environ["JIRA_TOKEN"])
    issues = asyncio.run(fetch(jira, args.since))
    log.info("labelling %d issues", len(issues))

    results = {}
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.workers) as pool:
        futures = [pool.submit(label_one, client, issue, args.model) for issue in issues]
        for fut in concurrent.futures.as_completed(futures):
            try:
                key, label = fut.result()
            except Exception as exc:  # noqa: BLE001
                log.warning("failed: %s", exc)
                continue
            results[key] = label

    if args.dry_run:
        json.dump(results, sys.stdout, indent=2)
        return
    for key, label in results.items():
        asyncio.run(jira.label(key, [label["label"]]))


if __name__ == "__main__":
    main()
