"""Original assistant helpers (2023). Kept because the clause library export
and scripts/eval_prompts.py still import from here.

Uses the module-level openai client configured from the environment.
"""
import os

import httpx
import openai

openai.api_key = os.environ.get("OPENAI_API_KEY")

ANTHROPIC_URL = "https://api.anthropic.com/v1/messages"
DEFAULT_MODEL = "gpt-4o-mini"


def ask(question, context="", model=DEFAULT_MODEL):
    messages = [{"role": "system", "content": "You are a helpful legal assistant."}]
    if context:
        messages.append({"role": "user", "content": "Context:\n" + context})
    messages.append({"role": "user", "content": question})
    response = openai.chat.completions.create(model=model, messages=messages, temperature=0)
    return response.choices[0].message.content


def embed(text):
    return openai.embeddings.create(model="text-embedding-ada-002", input=text).data[0].embedding


def ask_claude(question, model="claude-3-5-haiku-latest", max_tokens=800):
    """We had no anthropic SDK in the Tkinter bundle, hence raw HTTP."""
    r = httpx.post(
        ANTHROPIC_URL,
        headers={
            "x-api-key": os.environ["ANTHROPIC_API_KEY"],
            "anthropic-version": "2023-06-01",
            "content-type": "application/json",
        },
        json={"model": model, "max_tokens": max_tokens, "messages": [{"role": "user", "content": question}]},
        timeout=60,
    )
    r.raise_for_status()
    return "".join(part["text"] for part in r.json()["content"] if part["type"] == "text")
