"""Nightly job: tear down ephemeral `pr-*` stacks older than N days."""
from __future__ import annotations

import datetime as dt
import os

import pulumi.automation as auto

PROJECT = os.getenv("PULUMI_PROJECT", "platform-infra")
MAX_AGE_DAYS = int(os.getenv("PREVIEW_MAX_AGE_DAYS", "3"))


def stale_stacks(ws: auto.LocalWorkspace) -> list[str]:
    now = dt.datetime.now(dt.timezone.utc)
    out = []
    for summary in ws.list_stacks():
        if not summary.name.startswith("pr-"):
            continue
        last = summary.last_update
        if last and (now - last).days >= MAX_AGE_DAYS:
            out.append(summary.name)
    return out


def main() -> None:
    ws = auto.LocalWorkspace(work_dir=os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    for name in stale_stacks(ws):
        stack = auto.select_stack(stack_name=name, work_dir=ws.work_dir)
        stack.destroy(on_output=print)
        ws.remove_stack(name)


if __name__ == "__main__":
    main()
