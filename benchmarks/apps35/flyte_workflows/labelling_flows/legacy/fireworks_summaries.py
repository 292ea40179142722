"""Ticket thread summaries via the Fireworks SDK (2023 airflow port)."""
import os

from fireworks.client import Fireworks

fw_client = Fireworks(api_key=os.environ.get("FIREWORKS_API_KEY", ""))

SUMMARY_MODEL = "accounts/fireworks/models/mixtral-8x7b-instruct"


def summarise_thread(messages):
    transcript = "\n".join("%s: %s" % (m["author"], m["body"]) for m in messages)
    response = fw_client.chat.completions.create(
        model=SUMMARY_MODEL,
        messages=[
            {"role": "system", "content": "Summarise the support thread in 3 bullet points."},
            {"role": "user", "content": transcript},
        ],
        max_tokens=256,
    )
    return response.choices[0].message.content


def summarise_threads(threads):
    return {tid: summarise_thread(msgs) for tid, msgs in threads.items()}
