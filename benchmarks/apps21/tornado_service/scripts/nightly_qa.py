#!/usr/bin/env python
"""Nightly QA: grade a sample of yesterday's closed conversations.

Runs in the old 'reports' image, hence the legacy Azure REST client.
"""
import asyncio
import json
import random
import sys

import asyncpg

from supportbot.legacy.azure_http import azure_chat, grade_transcript
from supportbot.utils.prompts import transcript_from_messages

SAMPLE = 40


async def main(dsn):
    pool = await asyncpg.create_pool(dsn)
    ids = [r["id"] for r in await pool.fetch(
        "SELECT id FROM tickets WHERE status = 'closed' AND closed_at > now() - interval '1 day'")]
    grades = []
    for ticket_id in random.sample(ids, min(SAMPLE, len(ids))):
        msgs = [dict(r) for r in await pool.fetch(
            "SELECT author, body FROM ticket_messages WHERE ticket_id = $1 ORDER BY created_at",
            ticket_id)]
        grade = await grade_transcript(transcript_from_messages(msgs))
        grades.append(dict(grade, ticket_id=ticket_id))
    avg = sum(g["accuracy"] for g in grades) / max(len(grades), 1)
    summary, _ = await azure_chat([{
        "role": "user",
        "content": "Summarize these QA grades for the team in 5 bullets:\n" + json.dumps(grades),
    }])
    print(json.dumps({"avg_accuracy": avg, "n": len(grades), "summary": summary}, indent=2))
    await pool.close()


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1] if len(sys.argv) > 1 else "postgresql:///helpdesk"))
