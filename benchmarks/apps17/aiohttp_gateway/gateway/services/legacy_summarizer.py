# Original summarizer from the first version of the gateway. Still used by
# the export worker and the admin script; new code goes through
# handlers/summarize.py.
import logging
import os
import time

from groq import Groq

from gateway.services.prompts import SUMMARY_SYSTEM, render_transcript

log = logging.getLogger(__name__)

_client = Groq(api_key=os.environ.get("GROQ_API_KEY"))
MODEL = os.environ.get("LEGACY_SUMMARY_MODEL", "llama-3.1-8b-instant")


def summarize_transcript(messages, max_words=150):
    prompt = "Summarize in at most %d words:\n\n%s" % (max_words, render_transcript(messages))
    for attempt in range(3):
        try:
            out = _client.chat.completions.create(
                model=MODEL,
                messages=[
                    {"role": "system", "content": SUMMARY_SYSTEM},
                    {"role": "user", "content": prompt},
                ],
                max_tokens=400,
            )
            return out.choices[0].message.content.strip()
        except Exception:
            log.exception("summary attempt %s failed", attempt + 1)
            time.sleep(2 ** attempt)
    return ""


def summarize_many(conversations):
    return [summarize_transcript(c) for c in conversations]


def headline(text):
    out = _client.with_options(timeout=15).chat.completions.create(
        model=MODEL,
        messages=[{"role": "user", "content": "Write a 6-word headline for:\n" + text}],
        max_tokens=20,
    )
    return out.choices[0].message.content.strip().strip('"')
