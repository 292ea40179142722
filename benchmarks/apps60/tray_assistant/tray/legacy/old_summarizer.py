"""Original summariser from clipboard-gpt 0.4.

Still used by the "classic mode" setting.  TODO(marta): port to
tray.llm.backends and delete.
"""
import os

import anthropic
import openai

openai.api_key = os.getenv("OPENAI_API_KEY")

MODEL = "gpt-4o-mini"
CLAUDE_MODEL = "claude-3-haiku-20240307"


def summarize(text, max_words=120):
    response = openai.chat.completions.create(
        model=MODEL,
        messages=[
            {"role": "system", "content": "Summarize in at most %d words." % max_words},
            {"role": "user", "content": text},
        ],
    )
    return response.choices[0].message.content


def summarize_claude(text):
    client = anthropic.Anthropic()
    # was the old text completions API; switched to messages in 0.7
    message = client.messages.create(
        model=CLAUDE_MODEL,
        max_tokens=400,
        messages=[{"role": "user", "content": "Summarize:\n\n" + text}],
    )
    return message.content[0].text


def summarize_any(text, provider="openai"):
    if provider == "claude":
        return summarize_claude(text)
    return summarize(text)
