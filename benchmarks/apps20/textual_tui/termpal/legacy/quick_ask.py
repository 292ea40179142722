"""The original one-file assistant (v0.3).

Still shipped as the ``termpal-quick`` alias because some users have it in
shell aliases.  Do not add features here; new work goes into termpal.headless.
"""

import json
import os
import sys

import anthropic
import openai
import requests

MODEL = os.environ.get("TERMPAL_MODEL", "gpt-4o-mini")
CLAUDE_MODEL = "claude-3-5-haiku-latest"


def ask(question, history=None):
    messages = list(history or [])
    messages.append({"role": "user", "content": question})
    # uses the module-level default client configured from OPENAI_API_KEY
    completion = openai.chat.completions.create(model=MODEL, messages=messages)
    return completion.choices[0].message.content


def ask_claude(question):
    reply = anthropic.Anthropic().messages.create(
        model=CLAUDE_MODEL,
        max_tokens=1024,
        messages=[{"role": "user", "content": question}],
    )
    return reply.content[0].text


def ask_raw(question, model="gpt-4o-mini"):
    """Used when the openai package is too old on the box (no `openai.chat`)."""
    r = requests.post(
        "https://api.openai.com/v1/chat/completions",
        headers={"Authorization": "Bearer " + os.environ["OPENAI_API_KEY"]},
        json={"model": model, "messages": [{"role": "user", "content": question}]},
        timeout=60,
    )
    r.raise_for_status()
    return r.json()["choices"][0]["message"]["content"]


def repl():
    history = []
    while True:
        try:
            q = input("> ")
        except EOFError:
            break
        if q in ("/quit", "/exit"):
            break
        if q.startswith("/claude "):
            print(ask_claude(q[8:]))
            continue
        a = ask(q, history)
        history += [{"role": "user", "content": q}, {"role": "assistant", "content": a}]
        print(a)
    with open(os.path.expanduser("~/.termpal_history.json"), "w") as f:
        json.dump(history, f)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        print(ask_raw(" ".join(sys.argv[1:])) if os.environ.get("TERMPAL_RAW") else ask(" ".join(sys.argv[1:])))
    else:
        repl()
