"""Upload the labelled eval set so the fine-tuning team can pick it up."""
from __future__ import annotations

import json
import sys
import tempfile

from enrichment import get_openai_client
from storage.duck import connect


def main(limit: int = 2000) -> None:
    with connect(read_only=True) as conn:
        rows = conn.execute(
            "SELECT t.subject, t.description, l.label FROM support.tickets t "
            "JOIN support.ticket_labels l ON l.ticket_id = t.id WHERE l.confidence > 0.9 LIMIT ?",
            [limit],
        ).fetchall()
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as fh:
        for subject, body, label in rows:
            fh.write(json.dumps({"messages": [
                {"role": "user", "content": f"{subject}\n\n{body}"},
                {"role": "assistant", "content": label},
            ]}) + "\n")
        path = fh.name
    client = get_openai_client()
    uploaded = client.files.create(file=open(path, "rb"), purpose="fine-tune")
    print("uploaded", uploaded.id, len(rows), "examples")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2000)
