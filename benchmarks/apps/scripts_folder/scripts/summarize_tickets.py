#!/usr/bin/env python
"""Summarise a CSV export of support tickets into a Markdown report."""
import csv
import sys

from common import MODEL, client, get_claude


def summarize(row: dict) -> str:
    completion = client.chat.completions.create(
        model=MODEL,
        messages=[{"role": "user", "content": f"Summarise ticket {row['id']}: {row['body']}"}],
    )
    return completion.choices[0].message.content


def severity(row: dict) -> str:
    msg = get_claude().messages.create(
        model="claude-haiku-4-5",
        max_tokens=5,
        messages=[{"role": "user", "content": f"low/medium/high severity? {row['body']}"}],
    )
    return msg.content[0].text.strip()


def main(path: str) -> None:
    with open(path, newline="") as f:
        for row in csv.DictReader(f):
            print(f"- **{row['id']}** ({severity(row)}): {summarize(row)}")


if __name__ == "__main__":
    main(sys.argv[1])
