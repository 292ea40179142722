import asyncio
import logging

import sublime
import sublime_plugin

from core.prompts import SYSTEM_EXPLAIN, build_explain_prompt
from core.multi_model_service import TaskComplexity, multi_model_service
from core.costs import SESSION, usage_from_response

from ..ai_companion import STATE
from ._view import language_of, selection_or_file, show_markdown, status

log = logging.getLogger("AICompanion.explain")


class AiExplainCommand(sublime_plugin.TextCommand):
    """Explain the selection (or the whole file) in an output panel."""

    def is_enabled(self):
        return STATE.anthropic is not None

    def run(self, edit):
        code, _region = selection_or_file(self.view)
        if not code.strip():
            return
        prompt = build_explain_prompt(code, language_of(self.view), self.view.file_name())
        status(self.view, "AI: explaining…", timeout=30000)
        sublime.set_timeout_async(lambda: self._explain(prompt), 0)

    def _explain(self, prompt):
        s = STATE.core_settings
        try:
            message = STATE.anthropic.messages.create(
                model=s.chat_model,
                max_tokens=s.max_tokens,
                system=SYSTEM_EXPLAIN,
                messages=[{"role": "user", "content": prompt}],
            )
        except Exception as exc:  # noqa: BLE001
            log.exception("explain failed")
            sublime.set_timeout(lambda: status(self.view, "AI: %s" % exc), 0)
            return
        SESSION.add(s.chat_model, *usage_from_response(message))
        text = "".join(block.text for block in message.content if block.type == "text")
        window = self.view.window()
        sublime.set_timeout(lambda: show_markdown(window, "Explanation", text), 0)
        sublime.set_timeout(lambda: status(self.view, "AI: done (%s)" % SESSION.label()), 0)


class AiSummarizeFileCommand(sublime_plugin.TextCommand):
    """Summary of the current file; goes through the tracked service."""

    def run(self, edit):
        text = self.view.substr(sublime.Region(0, self.view.size()))
        name = self.view.file_name() or "untitled"
        sublime.set_timeout_async(lambda: self._summarize(name, text), 0)

    def _summarize(self, name, text):
        summary = asyncio.run(
            multi_model_service.generate_response(
                prompt="Summarise this file for a code reviewer:\n\n%s" % text[:20000],
                task_type="sublime_file_summary",
                complexity=TaskComplexity.SIMPLE,
            )
        )
        window = self.view.window()
        sublime.set_timeout(lambda: show_markdown(window, "Summary of %s" % name, summary), 0)
