#!/usr/bin/env python
"""Weekly incident digest for the eng-all email.

Still on the legacy helpers (see TODO in opslib/legacy/gpt_helpers.py).
"""
from __future__ import annotations

import datetime as dt
import functools
import json
import sys

from opslib.clients import get_anthropic
from opslib.legacy.gpt_helpers import ask_gpt_json
from opslib.pagerduty import PagerDuty


def week_incidents(pd: PagerDuty, ids: list[str]) -> list[dict]:
    return [pd.incident(i) for i in ids]


def main(argv: list[str]) -> int:
    ids = argv[1:]
    if not ids:
        print("usage: incident_digest.py INCIDENT_ID...", file=sys.stderr)
        return 2
    incidents = week_incidents(PagerDuty(), ids)
    themes = json.loads(ask_gpt_json(
        "Group these incidents into themes. Return JSON {\"themes\": [{\"name\": str, \"incidents\": [id]}]}:\n"
        + json.dumps([{"id": i["id"], "title": i["title"]} for i in incidents])
    ))
    write = functools.partial(
        get_anthropic().messages.create,
        model="claude-3-5-sonnet-20241022",
        max_tokens=2000,
        system="Write a friendly weekly incident digest email. Markdown.",
    )
    week = dt.date.today().isocalendar()
    digest = write(messages=[{"role": "user", "content": json.dumps({"week": week[1], "themes": themes})}])
    print(digest.content[0].text)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
