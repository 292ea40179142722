# -*- coding: utf-8 -*-
"""docket-ai: docket entry summaries and deadline extraction.

Ported from the Flask prototype with minimal changes. Module-level clients, env keys.
"""
import os
import re
import json

import anthropic
import openai
from openai import OpenAI

client = OpenAI(api_key=os.environ.get("OPENAI_API_KEY"))
claude = anthropic.Anthropic(api_key=os.environ.get("ANTHROPIC_API_KEY"))

MODEL = os.environ.get("DOCKET_MODEL", "gpt-4o-mini")

DEADLINE_RE = re.compile(r"(?:due|on or before|no later than)\s+([A-Z][a-z]+ \d{1,2}, \d{4})")


def summarize_docket_entry(entry_text):
    r = client.chat.completions.create(
        model=MODEL,
        messages=[
            {"role": "system", "content": "Summarize this docket entry in one line for a case calendar."},
            {"role": "user", "content": entry_text},
        ],
    )
    return r.choices[0].message.content


def extract_deadlines(entry_text):
    # regex first, model only if the regex found nothing
    found = DEADLINE_RE.findall(entry_text)
    if found:
        return [{"date": d, "source": "regex"} for d in found]
    r = openai.chat.completions.create(
        model=MODEL,
        response_format={"type": "json_object"},
        messages=[
            {
                "role": "user",
                "content": "Return JSON {\"deadlines\": [{\"date\": ..., \"event\": ...}]} for: " + entry_text,
            }
        ],
    )
    try:
        return json.loads(r.choices[0].message.content).get("deadlines", [])
    except ValueError:
        return []


def classify_motion(entry_text):
    msg = claude.messages.create(
        model="claude-3-haiku-20240307",
        max_tokens=20,
        messages=[{"role": "user", "content": "Motion type (one or two words) for: " + entry_text}],
    )
    return msg.content[0].text.strip()


def embed_entries(entries):
    out = client.embeddings.create(model="text-embedding-3-small", input=entries)
    return [d.embedding for d in out.data]


def upload_for_batch(path):
    # batch file upload only; the batch itself is created by ops from the dashboard
    with open(path, "rb") as fh:
        return client.files.create(file=fh, purpose="batch")
