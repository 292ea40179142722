#!/usr/bin/env python
"""Compare summary quality across providers on a sample of notes.

Not run in CI. Prints a TSV you can paste into the eval sheet.
"""

from __future__ import annotations

import sys

import anthropic
import openai
from google import genai
from together import Together

from notes_app.domain.repositories import NoteRepository
from notes_app.jobs.base import job_container

PROMPT = "Summarize this note in two sentences:\n\n{body}"


def run_openai(client: openai.OpenAI, body: str) -> str:
    r = client.chat.completions.create(
        model="gpt-4o-mini", messages=[{"role": "user", "content": PROMPT.format(body=body)}]
    )
    return r.choices[0].message.content


def run_claude(client: anthropic.Anthropic, body: str) -> str:
    r = client.messages.create(
        model="claude-3-5-haiku-latest",
        max_tokens=200,
        messages=[{"role": "user", "content": PROMPT.format(body=body)}],
    )
    return r.content[0].text


def run_gemini(client: genai.Client, body: str) -> str:
    return client.models.generate_content(
        model="gemini-2.0-flash", contents=PROMPT.format(body=body)
    ).text


def run_together(client: Together, body: str) -> str:
    r = client.chat.completions.create(
        model="meta-llama/Llama-3.3-70B-Instruct-Turbo",
        messages=[{"role": "user", "content": PROMPT.format(body=body)}],
    )
    return r.choices[0].message.content


def main(n: int = 10) -> None:
    with job_container() as c:
        repo = c.get(NoteRepository)
        runners = {
            "openai": (run_openai, c.get(openai.OpenAI)),
            "claude": (run_claude, c.get(anthropic.Anthropic)),
            "gemini": (run_gemini, c.get(genai.Client)),
            "together": (run_together, c.get(Together)),
        }
        for note in repo.list(limit=n):
            row = [str(note.id)]
            for name, (fn, client) in runners.items():
                try:
                    row.append(fn(client, note.body[:6000]).replace("\n", " "))
                except Exception as e:  # noqa: BLE001
                    row.append(f"ERR {e}")
            print("\t".join(row))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10)
