"""Pre-1.0 openai helpers from the original 'gpt' plugin (2023).

Only scripts/backfill_digest.py --legacy still uses this; pinned env has
openai==0.28 for that job. Do not use in new code.
"""
import os

import openai

openai.api_key = os.environ.get("OPENAI_API_KEY")


def ask_gpt(prompt, system="You are a helpful IRC bot.", model="gpt-3.5-turbo", max_tokens=300):
    response = openai.ChatCompletion.create(
        model=model,
        messages=[
            {"role": "system", "content": system},
            {"role": "user", "content": prompt},
        ],
        max_tokens=max_tokens,
        temperature=0.4,
    )
    return response["choices"][0]["message"]["content"].strip()
