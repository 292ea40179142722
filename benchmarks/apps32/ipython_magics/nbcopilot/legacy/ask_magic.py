"""The original %ask magic (openai<1.0 era).

Still registered by ``%load_ext nbcopilot.legacy.ask_magic`` in a few old
dashboards; pinned to openai==0.28 in that environment.
"""
import os

import openai
from IPython.core.magic import register_cell_magic, register_line_magic

openai.api_key = os.environ.get("OPENAI_API_KEY")

MODEL = "gpt-3.5-turbo"


def _ask(prompt):
    resp = openai.ChatCompletion.create(
        model=MODEL,
        messages=[{"role": "user", "content": prompt}],
        temperature=0.3,
    )
    return resp["choices"][0]["message"]["content"]


def load_ipython_extension(ipython):
    @register_line_magic
    def ask(line):
        print(_ask(line))

    @register_cell_magic
    def askcell(line, cell):
        print(_ask(cell))
