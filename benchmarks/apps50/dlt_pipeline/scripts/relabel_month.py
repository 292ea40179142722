"""Monthly relabel job: re-run classification on last month's tickets with the
current prompt and write a diff report. Half-migrated off legacy/ (SUP-1432).
"""
from __future__ import annotations

import argparse
import functools
import json
from collections import Counter

from enrichment import get_openai_client, settings
from enrichment.prompts import CLASSIFY_SYSTEM, render_ticket
from legacy.raw_http_enrich import claude_summary
from storage.duck import connect


class DiffReport:
    def __init__(self) -> None:
        self.changed: Counter = Counter()
        self.total = 0

    def add(self, old: str, new: str) -> None:
        self.total += 1
        if old != new:
            self.changed[(old, new)] += 1

    def generate(self) -> str:
        lines = [f"{self.total} tickets, {sum(self.changed.values())} changed"]
        for (old, new), n in self.changed.most_common(20):
            lines.append(f"  {old:>16} -> {new:<16} {n}")
        return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--month", required=True, help="YYYY-MM")
    ap.add_argument("--with-summaries", action="store_true")
    args = ap.parse_args()

    classify = functools.partial(
        get_openai_client().chat.completions.create,
        model=settings.classifier_model(),
        response_format={"type": "json_object"},
        temperature=0,
    )

    with connect(read_only=True) as conn:
        rows = conn.execute(
            "SELECT t.id, t.subject, t.description, l.label FROM support.tickets t "
            "JOIN support.ticket_labels l ON l.ticket_id = t.id "
            "WHERE strftime(t.created_at, '%Y-%m') = ?",
            [args.month],
        ).fetchall()

    report = DiffReport()
    for tid, subject, description, old_label in rows:
        ticket = {"id": tid, "subject": subject, "description": description}
        resp = classify(messages=[
            {"role": "system", "content": CLASSIFY_SYSTEM},
            {"role": "user", "content": render_ticket(ticket)},
        ])
        new_label = json.loads(resp.choices[0].message.content or "{}").get("label", "other")
        report.add(old_label, new_label)
        if args.with_summaries and old_label != new_label:
            print(tid, claude_summary(description or ""))

    print(report.generate())


if __name__ == "__main__":
    main()
