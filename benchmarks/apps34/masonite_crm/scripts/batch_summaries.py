#!/usr/bin/env python
"""Submit overnight lead summaries through the OpenAI Batch API (50% cheaper).

    python scripts/batch_summaries.py submit --limit 5000
    python scripts/batch_summaries.py collect <batch_id>
"""
import json
import sys
import tempfile

from openai import OpenAI

from wsgi import application  # noqa: F401
from app.models.Lead import Lead

client = OpenAI()


def submit(limit: int):
    leads = Lead.where_null("ai_summary").limit(limit).get()
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as fh:
        for lead in leads:
            fh.write(
                json.dumps(
                    {
                        "custom_id": f"lead-{lead.id}",
                        "method": "POST",
                        "url": "/v1/chat/completions",
                        "body": {
                            "model": "gpt-4o-mini",
                            "messages": [
                                {"role": "user", "content": "Summarise:\n" + lead.profile_text()}
                            ],
                        },
                    }
                )
                + "\n"
            )
        path = fh.name
    with open(path, "rb") as upload:
        batch_file = client.files.create(file=upload, purpose="batch")
    batch = client.batches.create(
        input_file_id=batch_file.id,
        endpoint="/v1/chat/completions",
        completion_window="24h",
    )
    print(f"submitted {len(leads)} leads as batch {batch.id}")


def collect(batch_id: str):
    batch = client.batches.retrieve(batch_id)
    if batch.status != "completed":
        print(f"batch {batch_id} is {batch.status}")
        return
    content = client.files.content(batch.output_file_id).text
    for line in content.splitlines():
        row = json.loads(line)
        lead_id = int(row["custom_id"].split("-", 1)[1])
        text = row["response"]["body"]["choices"][0]["message"]["content"]
        Lead.where("id", lead_id).update({"ai_summary": text})
    print("collected")


if __name__ == "__main__":
    if sys.argv[1] == "submit":
        submit(int(sys.argv[sys.argv.index("--limit") + 1]) if "--limit" in sys.argv else 1000)
    else:
        collect(sys.argv[2])
