"""LEGACY: the original single-shot summariser from the notebook days.

Still used by the "quick summary" button and by the export script.  Do not add
features here; new work goes into map_reduce.py.
"""

import os

import openai
from openai import OpenAI

_client = OpenAI(api_key=os.environ.get("OPENAI_API_KEY"))

MAX_CHARS = 48_000


def quick_summary(text, model="gpt-4o-mini"):
    text = text[:MAX_CHARS]
    response = _client.chat.completions.create(
        model=model,
        messages=[
            {"role": "system", "content": "Summarise the document in 5 bullet points."},
            {"role": "user", "content": text},
        ],
        temperature=0.2,
    )
    return response.choices[0].message.content


def quick_title(text):
    r = openai.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": "Title (max 8 words) for:\n\n" + text[:4000]}],
        max_tokens=30,
    )
    return r.choices[0].message.content.strip().strip('"')


def keywords(text, n=10):
    # the responses API was tried here during the migration and never reverted
    resp = _client.responses.create(
        model="gpt-4o-mini",
        input=f"List {n} comma-separated keywords for this text:\n\n{text[:8000]}",
    )
    return [k.strip() for k in resp.output_text.split(",") if k.strip()]
