"""LEGACY: first version of the GPT helpers (2023). Only legacy_gpt_notify.py still uses it.
Do not add new code here; use ai.registry / multi_model_service instead."""
import os

import openai
from openai import OpenAI

openai.api_key = os.environ.get("OPENAI_API_KEY")

openai_client = OpenAI()

MODEL = "gpt-3.5-turbo"


def summarize(text, max_words=40):
    resp = openai_client.chat.completions.create(
        model=MODEL,
        messages=[{"role": "user", "content": f"Summarize in {max_words} words:\n\n{text}"}],
    )
    return resp.choices[0].message.content


def classify_notification(text):
    """Returns 'urgent', 'normal' or 'ignore'."""
    resp = openai.chat.completions.create(
        model=MODEL,
        messages=[
            {"role": "system", "content": "Classify the home notification as urgent, normal or ignore. One word."},
            {"role": "user", "content": text},
        ],
        temperature=0,
    )
    label = resp.choices[0].message.content.strip().lower()
    return label if label in ("urgent", "normal", "ignore") else "normal"
