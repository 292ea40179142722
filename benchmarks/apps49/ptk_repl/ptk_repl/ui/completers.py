"""Completion and auto-suggestion for the prompt."""
from __future__ import annotations

import asyncio

from prompt_toolkit.auto_suggest import AutoSuggest, AutoSuggestFromHistory, Suggestion

from prompt_toolkit.completion import Completer, Completion, NestedCompleter, WordCompleter

from ptk_repl import providers
from ptk_repl.config import DEFAULT_MODELS
from ptk_repl.providers import available


class SlashCommandCompleter(Completer):
    """Completes /commands and, after /model, provider:model pairs."""

    def __init__(self, command_table: dict):
        self.command_table = command_table

    def get_completions(self, document, complete_event):
        text = document.text_before_cursor
        if not text.startswith("/"):
            return
        if " " not in text:
            for name, cmd in sorted(self.command_table.items()):
                if name.startswith(text[1:]):
                    yield Completion(
                        "/" + name,
                        start_position=-len(text),
                        display_meta=cmd.help.split("\n")[0],
                    )
            return
        head, _, arg = text.partition(" ")
        if head in ("/model", "/provider"):
            for prov in available():
                candidate = f"{prov}:{DEFAULT_MODELS.get(prov, '')}"
                if candidate.startswith(arg):
                    yield Completion(candidate, start_position=-len(arg))


def build_completer(command_table: dict) -> Completer:
    # NestedCompleter is nicer for the fixed sub-options; the custom one
    # handles the dynamic stuff. merge_completers would do both but gets
    # noisy, so we only use the nested one for /plugin.
    plugin_completer = NestedCompleter.from_nested_dict(
        {"/plugin": {"list": None, "enable": WordCompleter(["safety", "translate", "codereview", "semantic"]), "disable": None}}
    )
    from prompt_toolkit.completion import merge_completers

    return merge_completers([SlashCommandCompleter(command_table), plugin_completer])


class DeepSeekAutoSuggest(AutoSuggest):
    """Falls back to history when the buffer is short or the call is slow."""

    min_chars = 12
    timeout = 0.8

    def __init__(self):
        self._history = AutoSuggestFromHistory()

    def get_suggestion(self, buffer, document):
        return self._history.get_suggestion(buffer, document)

    async def get_suggestion_async(self, buffer, document):
        text = document.text_before_cursor
        if len(text) < self.min_chars or text.startswith("/"):
            return self._history.get_suggestion(buffer, document)
        try:
            resp = await asyncio.wait_for(
                providers.async_deepseek().completions.create(
                    model="deepseek-chat",
                    prompt=text,
                    suffix=document.text_after_cursor,
                    max_tokens=24,
                    stop=["\n"],
                ),
                timeout=self.timeout,
            )
        except (asyncio.TimeoutError, providers.MissingCredentials):
            return self._history.get_suggestion(buffer, document)
        completion = resp.choices[0].text if resp.choices else ""
        return Suggestion(completion) if completion.strip() else None
