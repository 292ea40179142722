# Legacy claim-file summarizer (ported from celery_tasks/summarize.py, 2022).
# Uses the module-level openai client configured from env vars.
import os

import openai

openai.api_key = os.getenv("OPENAI_API_KEY")

MODEL = os.getenv("LEGACY_SUMMARY_MODEL", "gpt-4-turbo")

PROMPT = """You are an insurance claims assistant. Summarise the claim file below in at most
{max_words} words for the adjuster. Include: loss description, coverage questions,
reserve recommendation.

CLAIM FILE:
{claim_file}
"""


def _truncate(text, limit=12000):
    if len(text) <= limit:
        return text
    return text[: limit // 2] + "\n...\n" + text[-limit // 2 :]


def summarize_claim_file(claim_file, max_words=250):
    resp = openai.chat.completions.create(
        model=MODEL,
        messages=[{"role": "user", "content": PROMPT.format(max_words=max_words, claim_file=_truncate(claim_file))}],
        temperature=0.2,
    )
    return resp.choices[0].message.content.strip()


def summarize_many(files, max_words=250):
    out = {}
    for claim_number, text in files.items():
        try:
            out[claim_number] = summarize_claim_file(text, max_words)
        except Exception as e:  # legacy behaviour: never fail the batch
            out[claim_number] = "ERROR: %s" % e
    return out
