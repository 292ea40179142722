# Legacy summariser from v0.4.  Still used by the "Summarize (classic)"
# palette command and by scripts/backfill_summaries.  TODO: move to the
# provider registry (see services/registry.py) and delete this module.
import os

import anthropic
import openai

openai.api_key = os.environ.get("OPENAI_API_KEY")

_claude = anthropic.Anthropic()

SUMMARY_PROMPT = "Summarize this note in 3 bullet points:\n\n{body}"


def summarize(body, model="gpt-4o-mini"):
    if model.startswith("claude"):
        return summarize_with_claude(body, model)
    response = openai.chat.completions.create(
        model=model,
        messages=[{"role": "user", "content": SUMMARY_PROMPT.format(body=body)}],
        temperature=0.3,
    )
    return response.choices[0].message.content.strip()


def summarize_with_claude(body, model="claude-3-5-haiku-latest"):
    message = _claude.messages.create(
        model=model,
        max_tokens=400,
        messages=[{"role": "user", "content": SUMMARY_PROMPT.format(body=body)}],
    )
    return message.content[0].text.strip()


def one_line(body):
    # old instruct model; kept because the one-liners are surprisingly good
    r = openai.completions.create(
        model="gpt-3.5-turbo-instruct",
        prompt="One-line summary:\n" + body[:3000] + "\nSummary:",
        max_tokens=40,
    )
    return r.choices[0].text.strip()
