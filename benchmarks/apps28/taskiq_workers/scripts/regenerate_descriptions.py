#!/usr/bin/env python
"""One-off: regenerate catalogue blurbs for courses whose description is empty.

Uses the legacy client on purpose (same prompts as the 2022 catalogue, marketing wants the
old tone). Run from a shell in the worker container.
"""

import csv
import sys

from workers.legacy import legacy_openai

PROMPT = """Write a two-sentence catalogue blurb for an online course.
Course: {title}
Audience: {audience}
Blurb:"""


def blurb(title, audience):
    resp = legacy_openai.completions.create(
        model="gpt-3.5-turbo-instruct",
        prompt=PROMPT.format(title=title, audience=audience),
        max_tokens=90,
        temperature=0.8,
    )
    return resp.choices[0].text.strip()


def main(path):
    with open(path, newline="") as fh:
        rows = list(csv.DictReader(fh))
    writer = csv.DictWriter(sys.stdout, fieldnames=["course_id", "description"])
    writer.writeheader()
    for row in rows:
        if row.get("description"):
            continue
        writer.writerow({"course_id": row["course_id"], "description": blurb(row["title"], row.get("audience", "adults"))})


if __name__ == "__main__":
    main(sys.argv[1])
