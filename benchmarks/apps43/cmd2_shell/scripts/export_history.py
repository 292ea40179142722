#!/usr/bin/env python
"""Export saved sessions to a single markdown file."""
import argparse
import datetime as dt
from pathlib import Path

from querysh.session import SESSIONS_DIR, Session


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("-o", "--out", type=Path, default=Path("sessions.md"))
    args = ap.parse_args()
    parts = []
    for path in sorted(SESSIONS_DIR.glob("*.json")):
        session = Session.load(path.stem)
        parts.append(f"# Session {session.id}\n")
        for entry in session.entries:
            ts = dt.datetime.fromtimestamp(entry.ts).strftime("%Y-%m-%d %H:%M")
            fence = "sql" if entry.kind == "sql" else ""
            parts.append(f"_{ts} · {entry.kind}_\n\n```{fence}\n{entry.text}\n```\n")
    args.out.write_text("\n".join(parts))
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
