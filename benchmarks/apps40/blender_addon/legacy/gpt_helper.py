"""Original 2023 helper (openai<1.0 era). Only used by scripts/old_batch_rename.py.

TODO(marta): port to ai.registry and delete. The studio Blender 3.6 build still
pins openai==0.28, which is why this has not moved.
"""

import os

import openai

openai.api_key = os.environ.get("OPENAI_API_KEY", "")

MODEL = "gpt-3.5-turbo"


def ask(prompt, system="You are a helpful Blender assistant."):
    response = openai.ChatCompletion.create(
        model=MODEL,
        messages=[{"role": "system", "content": system}, {"role": "user", "content": prompt}],
        temperature=0.3,
    )
    return response["choices"][0]["message"]["content"]


def rename_objects(names):
    listing = "\n".join(names)
    reply = ask("Suggest clean names, one per line, same order:\n" + listing)
    return [line.strip() for line in reply.splitlines() if line.strip()]
