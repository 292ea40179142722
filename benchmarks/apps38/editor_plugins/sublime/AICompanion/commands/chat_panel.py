import logging

import sublime
import sublime_plugin

from core.chat import ChatSession, OpenAIChatSession
from core.embeddings import BufferIndex

from ..ai_companion import STATE
from ._view import show_markdown

log = logging.getLogger("AICompanion.chat")

_SESSIONS = {}  # window id -> ChatSession
INDEX = BufferIndex()


def _session_for(window):
    session = _SESSIONS.get(window.id())
    if session is None:
        s = STATE.core_settings
        if s.provider == "openai":
            session = OpenAIChatSession(model=s.openai_model, max_tokens=s.max_tokens)
        else:
            session = ChatSession(STATE.anthropic, model=s.chat_model, max_tokens=s.max_tokens)
        _SESSIONS[window.id()] = session
    return session


class AiChatCommand(sublime_plugin.WindowCommand):
    """Conversation in a scratch view, streamed token by token."""

    def run(self, reset=False):
        if reset:
            _SESSIONS.pop(self.window.id(), None)
        self.window.show_input_panel("Ask AI:", "", self.on_done, None, None)

    def on_done(self, text):
        if not text.strip():
            return
        view = self._chat_view()
        view.run_command("append", {"characters": "\n\n## You\n%s\n\n## AI\n" % text})
        sublime.set_timeout_async(lambda: self._stream(view, text), 0)

    def _stream(self, view, text):
        session = _session_for(self.window)
        buf = []
        for piece in session.stream(text):
            buf.append(piece)
            if sum(len(p) for p in buf) > 40:
                chunk, buf = "".join(buf), []
                sublime.set_timeout(lambda c=chunk: view.run_command("append", {"characters": c}), 0)
        if buf:
            sublime.set_timeout(lambda: view.run_command("append", {"characters": "".join(buf)}), 0)

    def _chat_view(self):
        for view in self.window.views():
            if view.settings().get("ai_companion_chat"):
                return view
        view = self.window.new_file()
        view.set_scratch(True)
        view.set_name("AI Chat")
        view.settings().set("ai_companion_chat", True)
        view.assign_syntax("Packages/Markdown/Markdown.sublime-syntax")
        return view


class AiAskProjectCommand(sublime_plugin.WindowCommand):
    """Retrieval over open buffers, then answer with GPT."""

    def run(self):
        self.window.show_input_panel("Ask about open files:", "", self._ask_async, None, None)

    def _ask_async(self, question):
        sublime.set_timeout_async(lambda: self._ask(question), 0)

    def _ask(self, question):
        hits = INDEX.search(question, k=6)
        context = "\n\n".join("# %s:%d\n%s" % (c.path, c.start_line, c.text) for _score, c in hits)
        resp = STATE.openai.chat.completions.create(
            model=STATE.core_settings.openai_model,
            messages=[
                {"role": "system", "content": "Answer using the code excerpts. Cite path:line."},
                {"role": "user", "content": "%s\n\nQuestion: %s" % (context, question)},
            ],
        )
        answer = resp.choices[0].message.content
        sublime.set_timeout(lambda: show_markdown(self.window, question, answer), 0)


class AiQuickAnswerCommand(sublime_plugin.WindowCommand):
    """One-shot question answered by Groq, streamed into the output panel."""

    def run(self):
        self.window.show_input_panel("Quick question:", "", self._go, None, None)

    def _go(self, question):
        sublime.set_timeout_async(lambda: self._answer(question), 0)

    def _answer(self, question):
        stream = STATE.groq.chat.completions.create(
            model=STATE.core_settings.groq_model,
            messages=[{"role": "user", "content": question}],
            stream=True,
        )
        parts = []
        for chunk in stream:
            delta = chunk.choices[0].delta.content
            if delta:
                parts.append(delta)
        sublime.set_timeout(lambda: show_markdown(self.window, question, "".join(parts)), 0)
