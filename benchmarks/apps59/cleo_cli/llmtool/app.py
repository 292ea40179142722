from __future__ import annotations

import logging
from functools import cached_property
from typing import TYPE_CHECKING

from cleo.application import Application
from cleo.events.console_command_event import ConsoleCommandEvent
from cleo.events.console_events import COMMAND
from cleo.events.event_dispatcher import EventDispatcher
from cleo.loaders.factory_command_loader import FactoryCommandLoader

from llmtool import __version__
from llmtool.config import Settings, get_settings
from llmtool.providers import (
    default_registry,
    get_anthropic_client,
    get_cohere_client,
    get_openai_client,
)
from llmtool.services.llm_usage_tracker import llm_tracker
from llmtool.services.multi_model_service import multi_model_service
from llmtool.helpers import ResponseCache

if TYPE_CHECKING:
    from cleo.events.event import Event

    from llmtool.providers.registry import ProviderRegistry


def _load_draft():
    from llmtool.commands.draft import DraftCommand

    return DraftCommand()


def _load_review():
    from llmtool.commands.review import ReviewCommand

    return ReviewCommand()


def _load_translate():
    from llmtool.commands.translate import TranslateCommand

    return TranslateCommand()


def _load_summarize():
    from llmtool.commands.summarize import SummarizeCommand

    return SummarizeCommand()


def _load_faq():
    from llmtool.commands.summarize import FaqCommand

    return FaqCommand()


def _load_ask():
    from llmtool.commands.ask import AskCommand

    return AskCommand()


def _load_illustrate():
    from llmtool.commands.media import IllustrateCommand

    return IllustrateCommand()


def _load_narrate():
    from llmtool.commands.media import NarrateCommand

    return NarrateCommand()


def _load_index():
    from llmtool.commands.ask import IndexCommand

    return IndexCommand()


COMMAND_FACTORIES = {
    "draft": _load_draft,
    "review": _load_review,
    "translate": _load_translate,
    "summarize": _load_summarize,
    "ask": _load_ask,
    "faq": _load_faq,
    "index": _load_index,
    "illustrate": _load_illustrate,
    "narrate": _load_narrate,
}


class DocsApplication(Application):
    def __init__(self, settings: Settings | None = None) -> None:
        super().__init__("docsbot", __version__)
        self.settings = settings or get_settings()
        self.registry: ProviderRegistry = default_registry()
        self.tracker = llm_tracker
        self.mms = multi_model_service

        dispatcher = EventDispatcher()
        dispatcher.add_listener(COMMAND, self.configure_logging)
        dispatcher.add_listener(COMMAND, self.inject_clients)
        self.set_event_dispatcher(dispatcher)

        self.set_command_loader(FactoryCommandLoader(COMMAND_FACTORIES))
        self._register_eager_commands()

    def _register_eager_commands(self) -> None:
        # these are cheap to import; the LLM-heavy ones go through the loader
        from llmtool.commands.account import CostCommand, ModelsCommand, UsageCommand
        from llmtool.commands.changelog import ChangelogCommand
        from llmtool.commands.compare import CompareCommand
        from llmtool.commands.review import LintCommand

        for command in (ModelsCommand(), CostCommand(), LintCommand(), ChangelogCommand(), UsageCommand()):
            self.add(command)
        self.add(CompareCommand())

    @cached_property
    def openai(self):
        return get_openai_client()

    @cached_property
    def anthropic(self):
        return get_anthropic_client()

    @cached_property
    def cohere(self):
        return get_cohere_client()

    @cached_property
    def cache(self) -> ResponseCache:
        return ResponseCache(self.settings.cache_dir)

    def configure_logging(self, event: Event, event_name: str, _: EventDispatcher) -> None:
        if not isinstance(event, ConsoleCommandEvent):
            return
        io = event.io
        level = logging.WARNING
        if io.is_debug():
            level = logging.DEBUG
        elif io.is_very_verbose():
            level = logging.INFO
        logging.basicConfig(level=level, format="%(name)s: %(message)s")

    def inject_clients(self, event: Event, event_name: str, _: EventDispatcher) -> None:
        """Give commands that declare ``needs_llm`` a ready client."""
        if not isinstance(event, ConsoleCommandEvent):
            return
        command = event.command
        provider = getattr(command, "needs_llm", None)
        if provider is None or getattr(command, "llm", None) is not None:
            return
        command.llm = self.registry.get(provider)


def main() -> int:
    return DocsApplication().run()


if __name__ == "__main__":
    raise SystemExit(main())
