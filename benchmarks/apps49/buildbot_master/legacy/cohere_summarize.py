"""Cohere v1 summariser (the summarize endpoint was removed upstream; this
keeps working only because we pin cohere 4.x on the legacy venv)."""
import os

import cohere

co = cohere.Client(os.environ.get("COHERE_API_KEY", ""))


def summarize_changelog(text):
    response = co.summarize(
        text=text,
        length="medium",
        format="bullets",
        extractiveness="low",
    )
    return response.summary


def suggest_tag_message(version, notes):
    gen = co.generate(
        model="command",
        prompt=f"Write a one-line git tag annotation for {version}:\n{notes[:3000]}",
        max_tokens=40,
        temperature=0.4,
    )
    return gen.generations[0].text.strip()


def check_key():
    return co.check_api_key()
