"""Shared, lazily-initialised state for every sub-command.

Fire instantiates ``Toolkit`` once per invocation; the context builds SDK
clients the first time a command actually needs them so that ``mltk --help``
and ``mltk models list`` do not require every API key.
"""
from __future__ import annotations

import logging
from functools import cached_property

from rich.console import Console

from toolkit.config import ToolkitConfig
from toolkit.providers import (
    get_hf_client,
    make_anthropic_client,
    make_async_anthropic_client,
    make_async_openai_client,
    make_openai_client,
    make_together_client,
)

log = logging.getLogger("mltk")


class ToolkitContext:
    def __init__(self, config_path: str | None = None, verbose: bool = False, dry_run: bool = False):
        self._config_path = config_path
        self.verbose = verbose
        self.dry_run = dry_run
        self.console = Console(stderr=True)

    @cached_property
    def config(self) -> ToolkitConfig:
        cfg = ToolkitConfig.load(self._config_path)
        if self.verbose:
            log.setLevel(logging.DEBUG)
        return cfg

    @cached_property
    def openai(self):
        return make_openai_client(self.config)

    @cached_property
    def aopenai(self):
        return make_async_openai_client(self.config)

    @cached_property
    def anthropic(self):
        return make_anthropic_client(self.config)

    @cached_property
    def aanthropic(self):
        return make_async_anthropic_client(self.config)

    @cached_property
    def together(self):
        return make_together_client(self.config)

    @property
    def hf(self):
        return get_hf_client(self.config.hf_token, endpoint=self.config.hf_endpoint)

    def client_for(self, provider: str):
        return {
            "openai": lambda: self.openai,
            "anthropic": lambda: self.anthropic,
            "together": lambda: self.together,
            "huggingface": lambda: self.hf,
        }[provider]()
