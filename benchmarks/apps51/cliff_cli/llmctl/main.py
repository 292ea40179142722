"""Entry point for the ``llmctl`` command line tool."""
from __future__ import annotations

import logging
import sys

import anthropic
from cliff.app import App
from cliff.commandmanager import CommandManager
from groq import Groq
from openai import OpenAI

from llmctl import __version__
from llmctl.config import load_settings
from llmctl.providers.deepseek_provider import build_deepseek_client
from llmctl.providers.perplexity import PerplexityClient

LOG = logging.getLogger(__name__)


class LlmCtlApp(App):
    """cliff application object; holds the API clients shared by commands."""

    def __init__(self):
        super().__init__(
            description="Prompt experiments, batch embeddings and LLM diff review",
            version=__version__,
            command_manager=CommandManager("llmctl.commands"),
            deferred_help=True,
        )
        self.settings = None
        self.openai_client = None
        self.anthropic_client = None
        self.groq_client = None
        self.deepseek_client = None
        self.perplexity = None

    def build_option_parser(self, description, version, argparse_kwargs=None):
        parser = super().build_option_parser(description, version, argparse_kwargs)
        parser.add_argument(
            "--config",
            metavar="PATH",
            default=None,
            help="Path to config.yaml (default: ~/.config/llmctl/config.yaml)",
        )
        parser.add_argument(
            "--provider",
            default=None,
            choices=["openai", "anthropic", "groq", "deepseek", "perplexity"],
            help="Override the default provider",
        )
        return parser

    def initialize_app(self, argv):
        LOG.debug("initialize_app %s", argv)
        self.settings = load_settings(self.options.config)
        if self.options.provider:
            self.settings.default_provider = self.options.provider

        s = self.settings
        self.openai_client = OpenAI(
            api_key=s.openai_api_key,
            timeout=s.request_timeout,
            max_retries=s.max_retries,
        )
        self.anthropic_client = anthropic.Anthropic(
            api_key=s.anthropic_api_key,
            max_retries=s.max_retries,
        )
        self.groq_client = Groq(api_key=s.groq_api_key)
        self.deepseek_client = build_deepseek_client(s.deepseek_api_key, timeout=s.request_timeout)
        self.perplexity = PerplexityClient(s.perplexity_api_key, timeout=s.request_timeout)

    def prepare_to_run_command(self, cmd):
        LOG.debug("prepare_to_run_command %s", cmd.__class__.__name__)

    def clean_up(self, cmd, result, err):
        LOG.debug("clean_up %s", cmd.__class__.__name__)
        if self.perplexity is not None:
            self.perplexity.close()
        if err:
            LOG.debug("got an error: %s", err)


def main(argv=sys.argv[1:]):
    app = LlmCtlApp()
    return app.run(argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
