"""Original "Ask GPT" macro (2023), ported into the workbench unchanged.

Still referenced by users' custom toolbars via
``from freecad.aiassist.legacy import gpt_macro; gpt_macro.run()``.
"""
import json

import FreeCAD
import FreeCADGui
import openai
import requests
from PySide import QtGui

from freecad.aiassist import preferences

OPENAI_URL = "https://api.openai.com/v1/chat/completions"


def _selection_text():
    sel = FreeCADGui.Selection.getSelection()
    return ", ".join("%s (%s)" % (o.Label, o.TypeId) for o in sel) or "nothing selected"


def ask_gpt(question):
    openai.api_key = preferences.api_key("openai")
    completion = openai.chat.completions.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": question + "\nSelection: " + _selection_text()}],
    )
    return completion.choices[0].message.content


def ask_gpt_raw(question, model="gpt-3.5-turbo"):
    """Used when the openai package is too old in the AppImage's python."""
    headers = {
        "Authorization": "Bearer %s" % preferences.api_key("openai"),
        "Content-Type": "application/json",
    }
    body = {"model": model, "messages": [{"role": "user", "content": question}]}
    r = requests.post(OPENAI_URL, headers=headers, data=json.dumps(body), timeout=60)
    r.raise_for_status()
    return r.json()["choices"][0]["message"]["content"]


def run():
    text, ok = QtGui.QInputDialog.getText(FreeCADGui.getMainWindow(), "Ask GPT", "Question:")
    if not ok or not text:
        return
    try:
        answer = ask_gpt(text)
    except Exception:
        answer = ask_gpt_raw(text)
    FreeCAD.Console.PrintMessage(answer + "\n")
