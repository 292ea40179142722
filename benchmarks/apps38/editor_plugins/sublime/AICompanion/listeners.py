"""Event listeners: inline completions and the buffer index."""
import functools
import logging
import threading
import time

import sublime
import sublime_plugin

from core.completion import FimEngine
from core.prompts import build_fim_context

from .ai_companion import STATE
from .commands._view import language_of
from .commands.chat_panel import INDEX

log = logging.getLogger("AICompanion.listeners")

DEBOUNCE_S = 0.35


class AiInlineCompletionListener(sublime_plugin.EventListener):
    """Offers a FIM suggestion in the auto-complete popup.

    Sublime wants completions synchronously, so we return an incomplete
    CompletionList and fill it from a worker thread.
    """

    def __init__(self):
        self._engine = None
        self._last_request = 0.0

    @property
    def engine(self):
        if self._engine is None or self._engine.settings is not STATE.core_settings:
            self._engine = FimEngine(STATE.core_settings, STATE.cache)
        return self._engine

    def on_query_completions(self, view, prefix, locations):
        if not view.settings().get("ai_companion.inline", True) or len(locations) != 1:
            return None
        clist = sublime.CompletionList()
        self._last_request = stamp = time.time()
        sublime.set_timeout_async(lambda: self._fill(view, locations[0], clist, stamp), int(DEBOUNCE_S * 1000))
        return clist

    def _fill(self, view, point, clist, stamp):
        if stamp != self._last_request:
            clist.set_completions([])
            return
        text = view.substr(sublime.Region(0, view.size()))
        ctx = build_fim_context(text, point, language_of(view), view.file_name())
        suggestion = self.engine.complete(ctx)
        if not suggestion:
            clist.set_completions([])
            return
        first = suggestion.splitlines()[0] if suggestion.strip() else suggestion
        item = sublime.CompletionItem(
            trigger=first[:40],
            completion=suggestion,
            annotation="AI",
            kind=(sublime.KIND_ID_SNIPPET, "✦", "AI"),
        )
        clist.set_completions([item], sublime.INHIBIT_WORD_COMPLETIONS)


class AiGhostTextListener(sublime_plugin.ViewEventListener):
    """Experimental ghost text via phantoms (behind ai_companion.ghost_text)."""

    @classmethod
    def is_applicable(cls, settings):
        return bool(settings.get("ai_companion.ghost_text"))

    def __init__(self, view):
        super().__init__(view)
        self._timer = None
        self._phantoms = sublime.PhantomSet(view, "ai_ghost")
        s = STATE.core_settings
        self._fim = functools.partial(
            STATE.mistral.fim.complete, model=s.fim_model, max_tokens=48, temperature=0.0
        )

    def on_modified_async(self):
        if self._timer is not None:
            self._timer.cancel()
        self._timer = threading.Timer(DEBOUNCE_S, self._suggest)
        self._timer.start()

    def _suggest(self):
        sel = self.view.sel()
        if len(sel) != 1 or not sel[0].empty():
            return
        point = sel[0].b
        text = self.view.substr(sublime.Region(0, self.view.size()))
        resp = self._fim(prompt=text[max(0, point - 4000):point], suffix=text[point:point + 1000])
        ghost = resp.choices[0].message.content if resp.choices else ""
        html = '<span style="color: color(var(--foreground) alpha(0.4))">%s</span>' % (
            sublime.html_escape(ghost.splitlines()[0] if ghost else "")
        )
        self._phantoms.update([sublime.Phantom(sublime.Region(point), html, sublime.LAYOUT_INLINE)])


class AiIndexListener(sublime_plugin.EventListener):
    def on_post_save_async(self, view):
        path = view.file_name()
        if not path or view.size() > 200000:
            return
        try:
            n = INDEX.update(path, view.substr(sublime.Region(0, view.size())))
            log.debug("indexed %s (%d chunks)", path, n)
        except Exception:  # noqa: BLE001
            log.exception("indexing failed for %s", path)

    def on_close(self, view):
        if view.file_name():
            INDEX.drop(view.file_name())
