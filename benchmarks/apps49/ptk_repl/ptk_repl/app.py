"""The interactive REPL."""
from __future__ import annotations

import asyncio
import logging

from prompt_toolkit import PromptSession
from prompt_toolkit.enums import EditingMode
from prompt_toolkit.patch_stdout import patch_stdout

from ptk_repl.commands import COMMANDS, dispatch
from ptk_repl.config import Config
from ptk_repl.plugins import load_plugins, run_after_answer, run_before_send
from ptk_repl.providers import ProviderRegistry
from ptk_repl.services.compaction import compact, needs_compaction
from ptk_repl.services.titles import generate_title
from ptk_repl.state import AppState
from ptk_repl.storage import ConversationStore, FilteredFileHistory
from ptk_repl.ui import printing
from ptk_repl.ui.completers import DeepSeekAutoSuggest, build_completer
from ptk_repl.ui.fullscreen import FullScreenChat
from ptk_repl.ui.keybindings import build_key_bindings
from ptk_repl.ui.printing import make_bottom_toolbar

log = logging.getLogger(__name__)


def build_state(config: Config) -> AppState:
    registry = ProviderRegistry(config)
    store = ConversationStore(config.data_dir / "conversations.db")
    conv = store.create(config.provider, config.active_model)
    return AppState(config=config, registry=registry, store=store, conversation=conv)


class Repl:
    def __init__(self, config: Config):
        self.state = build_state(config)
        self.state.plugins = load_plugins(self.state, config.plugins)
        from prompt_toolkit.auto_suggest import AutoSuggestFromHistory

        self.session: PromptSession = PromptSession(
            history=FilteredFileHistory(str(config.history_file)),
            completer=build_completer(COMMANDS),
            complete_while_typing=True,
            auto_suggest=DeepSeekAutoSuggest() if config.autosuggest else AutoSuggestFromHistory(),
            key_bindings=build_key_bindings(self.state),
            bottom_toolbar=make_bottom_toolbar(self.state),
            editing_mode=EditingMode.VI if config.vi_mode else EditingMode.EMACS,
            style=printing.STYLE,
            enable_history_search=True,
        )
        self._title_tasks: set[asyncio.Task] = set()

    async def _chat(self, text: str) -> None:
        state = self.state
        text = await run_before_send(state.plugins, text)
        if text is None:
            return
        conv = state.conversation
        msg = conv.add("user", text)
        state.store.append(conv, msg)

        if needs_compaction(conv.messages):
            printing.dim("(compacting older messages…)")
            new_messages = await asyncio.to_thread(compact, conv.messages)
            state.store.replace_messages(conv, new_messages)

        provider = state.registry.active()
        if state.config.stream:
            answer = await printing.stream_to_terminal(
                provider.stream(conv.messages, system=state.config.system_prompt)
            )
        else:
            reply = await provider.complete(conv.messages, system=state.config.system_prompt)
            answer = reply.text
            printing.answer(answer)
            if reply.citations:
                printing.citations(reply.citations)

        msg = conv.add("assistant", answer)
        state.store.append(conv, msg)
        state.last_answer = answer
        await run_after_answer(state.plugins, text, answer)

        if conv.title is None and len(conv.messages) == 2:
            task = asyncio.create_task(self._set_title(text, answer))
            self._title_tasks.add(task)
            task.add_done_callback(self._title_tasks.discard)

    async def _set_title(self, question: str, answer: str) -> None:
        title = await generate_title(question, answer)
        self.state.store.set_title(self.state.conversation, title)

    async def run(self) -> None:
        printing.info(f"ptk-repl — {self.state.registry.active().describe()} — /help for commands")
        if self.state.config.fullscreen:
            await FullScreenChat(self.state).run()
        while self.state.running:
            try:
                with patch_stdout():
                    line = await self.session.prompt_async("› ")
            except KeyboardInterrupt:
                continue
            except EOFError:
                break
            line = line.strip()
            if not line:
                continue
            if line == "/fullscreen" or self.state.request_fullscreen:
                self.state.request_fullscreen = False
                await FullScreenChat(self.state).run()
                continue
            try:
                if not await dispatch(self.state, line):
                    await self._chat(line)
            except Exception as exc:
                log.exception("chat failed")
                printing.error(str(exc))
        self.state.store.close()
