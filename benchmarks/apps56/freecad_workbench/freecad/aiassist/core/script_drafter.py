"""Draft a parametric FreeCAD macro from a natural-language request."""
import ast
import re

import FreeCAD

from freecad.aiassist import preferences
from freecad.aiassist.llm.clients import get_anthropic_client, get_deepseek_client
from freecad.aiassist.llm import prompts

_CODE_FENCE = re.compile(r"```(?:python)?\n(.*?)```", re.S)

FORBIDDEN = ("import os", "import subprocess", "__import__", "shutil.rmtree", "eval(", "exec(")


class DraftResult:
    def __init__(self, code, raw, provider):
        self.code = code
        self.raw = raw
        self.provider = provider
        self.errors = []

    @property
    def ok(self):
        return not self.errors


def extract_code(text):
    m = _CODE_FENCE.search(text)
    return (m.group(1) if m else text).strip()


def validate(code):
    errors = []
    try:
        ast.parse(code)
    except SyntaxError as exc:
        errors.append("syntax error line %s: %s" % (exc.lineno, exc.msg))
    for bad in FORBIDDEN:
        if bad in code:
            errors.append("forbidden construct: %s" % bad)
    if "recompute()" not in code:
        errors.append("script never calls recompute()")
    return errors


class ScriptDrafter:
    """Uses Claude by default; DeepSeek is cheaper and good at code."""

    def __init__(self, provider=None):
        self.provider = provider or preferences.params().GetString("DraftProvider", "anthropic")

    def _ask_claude(self, request):
        client = get_anthropic_client()
        msg = client.messages.create(
            model=preferences.model_for("anthropic"),
            max_tokens=4000,
            system=prompts.DRAFT_SYSTEM,
            messages=[{"role": "user", "content": prompts.draft_user_prompt(request)}],
        )
        return msg.content[0].text

    def _ask_deepseek(self, request, previous=None, errors=None):
        messages = [{"role": "system", "content": prompts.DRAFT_SYSTEM}]
        messages.append({"role": "user", "content": prompts.draft_user_prompt(request)})
        if previous:
            messages.append({"role": "assistant", "content": previous})
            messages.append({"role": "user", "content": "Fix these problems:\n" + "\n".join(errors)})
        resp = get_deepseek_client().chat.completions.create(
            model=preferences.model_for("deepseek"),
            messages=messages,
            temperature=0.0,
        )
        return resp.choices[0].message.content

    def draft(self, request, max_repairs=2):
        if self.provider == "deepseek":
            raw = self._ask_deepseek(request)
        else:
            raw = self._ask_claude(request)
        result = DraftResult(extract_code(raw), raw, self.provider)
        result.errors = validate(result.code)
        attempts = 0
        while result.errors and attempts < max_repairs and self.provider == "deepseek":
            attempts += 1
            FreeCAD.Console.PrintMessage("AIAssist: repairing draft (attempt %d)\n" % attempts)
            raw = self._ask_deepseek(request, previous=result.code, errors=result.errors)
            result = DraftResult(extract_code(raw), raw, self.provider)
            result.errors = validate(result.code)
        return result


def run_draft(code, doc_name="AIDraft"):
    doc = FreeCAD.newDocument(doc_name)
    namespace = {"FreeCAD": FreeCAD, "App": FreeCAD, "doc": doc}
    exec(compile(code, "<ai-draft>", "exec"), namespace)
    doc.recompute()
    return doc
