"""Tone detection shown as a badge in the header bar.

Written before clients.py existed; it still builds its own DeepSeek client.
"""

import json
import os

from openai import OpenAI

_client = OpenAI(
    api_key=os.environ.get("DEEPSEEK_API_KEY", ""),
    base_url="https://api.deepseek.com/v1",
)

LABELS = ("neutral", "formal", "friendly", "angry", "sad", "excited")


def detect_tone(text):
    if len(text) < 40:
        return "neutral"
    resp = _client.chat.completions.create(
        model="deepseek-chat",
        messages=[
            {"role": "system", "content": "Classify the tone. Answer with JSON {\"tone\": one of %s}." % ", ".join(LABELS)},
            {"role": "user", "content": text[:4000]},
        ],
        response_format={"type": "json_object"},
        max_tokens=20,
    )
    try:
        tone = json.loads(resp.choices[0].message.content)["tone"]
    except (ValueError, KeyError, TypeError):
        return "neutral"
    return tone if tone in LABELS else "neutral"
