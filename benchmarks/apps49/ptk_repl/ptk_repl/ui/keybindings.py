"""Key bindings for the prompt session.

c-t   : TL;DR of whatever is in the buffer (or the last answer)
c-x c-e: explain the buffer (code, error message...) with Claude
c-o   : switch to the full-screen view
c-l   : clear screen
"""
from __future__ import annotations

from prompt_toolkit.application import run_in_terminal
from prompt_toolkit.filters import Condition
from prompt_toolkit.key_binding import KeyBindings

from ptk_repl import providers
from ptk_repl.providers.factory import get_openai_client
from ptk_repl.ui import printing


def build_key_bindings(state) -> KeyBindings:
    kb = KeyBindings()

    @Condition
    def buffer_has_text() -> bool:
        from prompt_toolkit.application import get_app

        return bool(get_app().current_buffer.text.strip())

    @kb.add("c-t")
    def _tldr(event):
        buf = event.app.current_buffer
        source = buf.text.strip() or (state.last_answer or "")
        if not source:
            return
        client = get_openai_client()

        def _run():
            resp = client.chat.completions.create(
                model="gpt-4.1-mini",
                messages=[
                    {"role": "system", "content": "Give a TL;DR in at most three bullet points."},
                    {"role": "user", "content": source},
                ],
                max_completion_tokens=200,
            )
            printing.info("TL;DR")
            printing.answer(resp.choices[0].message.content or "")

        run_in_terminal(_run)

    @kb.add("c-x", "c-e", filter=buffer_has_text)
    def _explain(event):
        text = event.app.current_buffer.text
        claude = providers.anthropic_client()

        def _run():
            msg = claude.messages.create(
                model="claude-haiku-4-5",
                max_tokens=600,
                system="Explain what this is and what to do about it, briefly.",
                messages=[{"role": "user", "content": text}],
            )
            printing.answer(msg.content[0].text)

        run_in_terminal(_run)

    @kb.add("c-o")
    def _fullscreen(event):
        state.request_fullscreen = True
        event.app.exit(result="/fullscreen")

    @kb.add("c-l")
    def _clear(event):
        event.app.renderer.clear()

    @kb.add("escape", "enter")
    def _newline(event):
        event.current_buffer.insert_text("\n")

    return kb
