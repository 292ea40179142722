# -*- coding: utf-8 -*-
"""Original 2023 implementation (openai<1.0).  Pinned in the ST3 dependency.json.

Kept because a handful of users are still on Sublime Text 3; do not import
from the ST4 package.  See legacy/README in the wiki.
"""
import openai
import sublime
import sublime_plugin

_settings = None


def _conf(key, default=None):
    global _settings
    if _settings is None:
        _settings = sublime.load_settings("AICompanion.sublime-settings")
    return _settings.get(key, default)


def complete_code(prefix, max_tokens=64):
    openai.api_key = _conf("openai_api_key")
    resp = openai.Completion.create(
        engine="gpt-3.5-turbo-instruct",
        prompt=prefix,
        max_tokens=max_tokens,
        temperature=0,
        stop=["\n\n"],
    )
    return resp["choices"][0]["text"]


def explain(code):
    openai.api_key = _conf("openai_api_key")
    resp = openai.ChatCompletion.create(
        model=_conf("openai_model", "gpt-3.5-turbo"),
        messages=[
            {"role": "system", "content": "Explain this code briefly."},
            {"role": "user", "content": code},
        ],
    )
    return resp["choices"][0]["message"]["content"]


class AiLegacyExplainCommand(sublime_plugin.TextCommand):
    def run(self, edit):
        code = "\n".join(self.view.substr(r) for r in self.view.sel() if not r.empty())
        if not code:
            return

        def work():
            text = explain(code)
            sublime.set_timeout(lambda: sublime.message_dialog(text), 0)

        sublime.set_timeout_async(work, 0)


class AiLegacyCompleteCommand(sublime_plugin.TextCommand):
    def run(self, edit):
        point = self.view.sel()[0].b
        prefix = self.view.substr(sublime.Region(max(0, point - 3000), point))

        def work():
            text = complete_code(prefix)
            self.view.run_command("insert", {"characters": text})

        sublime.set_timeout_async(work, 0)
