import logging
import re

import sublime
import sublime_plugin

from core import build_refactor_messages, get_client
from core.clients import get_deepseek
from core.prompts import strip_fences
from core.providers import backend_for, quick_panel_items

from ..ai_companion import STATE
from ._view import language_of, selection_or_file, status

log = logging.getLogger("AICompanion.refactor")


class _ReplaceMixin(object):
    def _replace(self, region, text):
        # Runs on the main thread; TextCommand edits must use a fresh edit token.
        self.view.run_command("ai_companion_replace", {"a": region.a, "b": region.b, "text": text})


class AiRefactorCommand(_ReplaceMixin, sublime_plugin.TextCommand):
    """Ask for an instruction, then rewrite the selection with the chosen backend."""

    def run(self, edit, instruction=None, backend=None):
        if instruction is None:
            self.view.window().show_input_panel(
                "Refactor:", "", lambda text: self.run(edit, instruction=text, backend=backend), None, None
            )
            return
        if backend is None:
            items = quick_panel_items()
            self.view.window().show_quick_panel(
                items, lambda idx: idx >= 0 and self.run(edit, instruction, items[idx][1])
            )
            return
        code, region = selection_or_file(self.view)
        messages = build_refactor_messages(code, instruction, language_of(self.view))
        sublime.set_timeout_async(lambda: self._do(region, messages, backend), 0)

    def _do(self, region, messages, backend):
        status(self.view, "AI: refactoring with %s…" % backend, 60000)
        try:
            text = backend_for(backend).chat(messages, max_tokens=STATE.core_settings.max_tokens)
        except Exception as exc:  # noqa: BLE001
            sublime.set_timeout(lambda: status(self.view, "AI error: %s" % exc), 0)
            return
        sublime.set_timeout(lambda: self._replace(region, strip_fences(text)), 0)


class AiDocstringCommand(_ReplaceMixin, sublime_plugin.TextCommand):
    """Generate a docstring for the function under the cursor (Groq: it's fast)."""

    def run(self, edit):
        line = self.view.line(self.view.sel()[0].begin())
        block = self.view.substr(sublime.Region(line.a, min(self.view.size(), line.a + 4000)))
        sublime.set_timeout_async(lambda: self._do(line, block), 0)

    def _do(self, line, block):
        s = STATE.core_settings
        completion = get_client("groq").chat.completions.create(
            model=s.groq_model,
            messages=[
                {"role": "system", "content": "Return only a docstring (with quotes) for this function."},
                {"role": "user", "content": block},
            ],
            max_tokens=300,
            temperature=0.1,
        )
        doc = strip_fences(completion.choices[0].message.content)
        indent = re.match(r"\s*", block).group(0) + "    "
        text = "\n".join(indent + l if l else l for l in doc.splitlines()) + "\n"
        end_of_def = self.view.full_line(line).b
        sublime.set_timeout(lambda: self._replace(sublime.Region(end_of_def, end_of_def), text), 0)


class AiFixDiagnosticCommand(_ReplaceMixin, sublime_plugin.TextCommand):
    """Fix the LSP diagnostic under the cursor. DeepSeek is cheap enough for this."""

    def run(self, edit, message=""):
        code, region = selection_or_file(self.view)
        sublime.set_timeout_async(lambda: self._fix(region, code, message), 0)

    def _fix(self, region, code, message):
        client = get_deepseek()
        resp = client.chat.completions.create(
            model=STATE.core_settings.deepseek_model,
            messages=build_refactor_messages(code, "Fix this error: %s" % message, language_of(self.view)),
            max_tokens=STATE.core_settings.max_tokens,
        )
        fixed = strip_fences(resp.choices[0].message.content)
        sublime.set_timeout(lambda: self._replace(region, fixed), 0)


class AiCompanionReplaceCommand(sublime_plugin.TextCommand):
    def run(self, edit, a, b, text):
        self.view.replace(edit, sublime.Region(a, b), text)
