"""Pre-1.0 openai code path.  DO NOT ADD FEATURES HERE.

Only used by the ``oldask`` command when ``legacyMode`` is on, which two
networks still run because their boxes are stuck on openai 0.28.
TODO(dbr): delete after the 2024 migration.
"""

import logging

import openai

log = logging.getLogger("supybot.plugins.LLM.legacy")


def setup(api_key):
    openai.api_key = api_key


def old_ask(question, system, model="gpt-3.5-turbo", max_tokens=300):
    response = openai.ChatCompletion.create(
        model=model,
        messages=[
            {"role": "system", "content": system},
            {"role": "user", "content": question},
        ],
        max_tokens=max_tokens,
    )
    return response["choices"][0]["message"]["content"]


def old_complete(prefix, max_tokens=64):
    """Used by the old 'finish my sentence' easter egg."""
    response = openai.Completion.create(
        engine="gpt-3.5-turbo-instruct",
        prompt=prefix,
        max_tokens=max_tokens,
        temperature=0.9,
    )
    return response["choices"][0]["text"]
