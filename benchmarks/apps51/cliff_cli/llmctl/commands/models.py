"""`llmctl model ...`: what models can I use?"""
from __future__ import annotations

import os

from cliff.lister import Lister
from cliff.show import ShowOne

from llmctl.utils import PRICES


class ModelList(Lister):
    """List models available from each configured provider."""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument("--provider", default=None,
                            choices=["openai", "anthropic", "groq", "deepseek"])
        return parser

    def take_action(self, parsed_args):
        rows = []
        want = parsed_args.provider
        if want in (None, "openai"):
            for m in self.app.openai_client.models.list():
                rows.append(("openai", m.id, m.owned_by, PRICES.get(m.id, ("", ""))[0]))
        if want in (None, "anthropic"):
            for m in self.app.anthropic_client.models.list(limit=100):
                rows.append(("anthropic", m.id, "anthropic", PRICES.get(m.id, ("", ""))[0]))
        if want in (None, "groq"):
            for m in self.app.groq_client.models.list().data:
                rows.append(("groq", m.id, m.owned_by, PRICES.get(m.id, ("", ""))[0]))
        if want in (None, "deepseek"):
            for m in self.app.deepseek_client.models.list():
                rows.append(("deepseek", m.id, m.owned_by, PRICES.get(m.id, ("", ""))[0]))
        return ("Provider", "Model", "Owner", "Input $/1M"), sorted(rows)


class ModelShow(ShowOne):
    """Show details of one OpenAI model."""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument("model")
        return parser

    def take_action(self, parsed_args):
        m = self.app.openai_client.models.retrieve(parsed_args.model)
        inp, out = PRICES.get(m.id, (None, None))
        return ("id", "owned_by", "created", "input_per_1m", "output_per_1m"), (
            m.id, m.owned_by, m.created, inp, out)


"""`llmctl file upload`: push a JSONL file for fine-tuning / batch jobs."""


class FileUpload(ShowOne):
    """Upload a file to OpenAI (does not start any job)."""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument("path")
        parser.add_argument("--purpose", default="batch", choices=["batch", "fine-tune", "assistants"])
        return parser

    def take_action(self, parsed_args):
        size = os.path.getsize(parsed_args.path)
        with open(parsed_args.path, "rb") as fh:
            uploaded = self.app.openai_client.files.create(file=fh, purpose=parsed_args.purpose)
        return ("id", "filename", "bytes", "purpose", "status"), (
            uploaded.id, uploaded.filename, size, uploaded.purpose, uploaded.status)
