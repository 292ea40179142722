#!/usr/bin/env python
"""Compare GPT vs Claude drafts on a sample of solved tickets (offline, for the monthly review).

    DJANGO_SETTINGS_MODULE=helpdesk_project.settings python scripts/compare_models.py --n 20 > out.jsonl
"""
import argparse
import asyncio
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "helpdesk_project.settings")

import django  # noqa: E402

django.setup()

from asgiref.sync import sync_to_async  # noqa: E402
from django.conf import settings  # noqa: E402

from helpdesk.clients import llm  # noqa: E402
from helpdesk.models import Ticket  # noqa: E402
from helpdesk.prompts import DRAFT_SYSTEM_PROMPT, ticket_transcript  # noqa: E402


async def gpt_draft(transcript):
    r = await llm.async_openai.chat.completions.create(
        model=settings.HELPDESK_LLM["DEFAULT_CHAT_MODEL"],
        messages=[{"role": "system", "content": DRAFT_SYSTEM_PROMPT}, {"role": "user", "content": transcript}],
    )
    return r.choices[0].message.content


async def claude_draft(transcript):
    r = await llm.async_anthropic.messages.create(
        model=settings.HELPDESK_LLM["CLAUDE_MODEL"],
        max_tokens=800,
        system=DRAFT_SYSTEM_PROMPT,
        messages=[{"role": "user", "content": transcript}],
    )
    return r.content[0].text


async def main(n):
    tickets = await sync_to_async(list)(
        Ticket.objects.filter(status=Ticket.Status.SOLVED).select_related("customer").order_by("?")[:n]
    )
    for t in tickets:
        transcript = await sync_to_async(ticket_transcript)(t)
        gpt, claude = await asyncio.gather(gpt_draft(transcript), claude_draft(transcript))
        print(json.dumps({"ticket": t.pk, "gpt": gpt, "claude": claude}))


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=10)
    asyncio.run(main(ap.parse_args().n))
