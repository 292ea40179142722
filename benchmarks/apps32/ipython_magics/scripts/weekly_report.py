"""Turn the week's notebook run logs into a short narrative for the #data channel.

    python scripts/weekly_report.py runs/2024-W37/*.json
"""
import json
import sys
from pathlib import Path

from nbcopilot import claude_client

MODEL = "claude-3-5-haiku-20241022"


def load_runs(paths):
    for p in paths:
        yield json.loads(Path(p).read_text())


def main(paths):
    runs = list(load_runs(paths))
    failed = [r for r in runs if r.get("status") != "ok"]
    summary = json.dumps({"total": len(runs), "failed": failed[:20]}, indent=1)
    msg = claude_client.messages.create(
        model=MODEL,
        max_tokens=800,
        messages=[{"role": "user", "content": f"Write a 5-line Slack update from this:\n{summary}"}],
    )
    print(msg.content[0].text)


if __name__ == "__main__":
    main(sys.argv[1:])
