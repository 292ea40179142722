"""Admin commands, restricted to the bot-admins group."""
from __future__ import annotations

import logging
import os

from mmpy_bot import Message, Plugin, listen_to

from services import clients
from services.tokens import estimate_cost

logger = logging.getLogger(__name__)

ADMINS = set(filter(None, os.environ.get("MM_BOT_ADMINS", "").split(",")))


class AdminPlugin(Plugin):
    def __init__(self, usage_repo=None) -> None:
        super().__init__()
        self.usage_repo = usage_repo

    def _is_admin(self, message: Message) -> bool:
        return message.sender_name in ADMINS

    @listen_to("^!models$")
    def list_models(self, message: Message):
        if not self._is_admin(message):
            return
        openai_models = sorted(m.id for m in clients.get_openai_client().models.list() if m.id.startswith("gpt"))
        claude_models = [m.id for m in clients.get_anthropic_client().models.list(limit=20)]
        gemini_models = [m.name for m in clients.get_genai_client().models.list()]
        self.driver.reply_to(
            message,
            "**OpenAI**: {}\n**Anthropic**: {}\n**Gemini**: {}".format(
                ", ".join(openai_models[:15]), ", ".join(claude_models), ", ".join(gemini_models[:15])
            ),
        )

    @listen_to("^!usage( \\d+)?$")
    def usage(self, message: Message, days: str | None = None):
        if not self._is_admin(message) or self.usage_repo is None:
            return
        rows = self.usage_repo.totals(days=int(days or 7))
        lines = ["| model | in | out | est. $ |", "|---|---|---|---|"]
        for row in rows:
            cost = estimate_cost(row.model, row.input_tokens, row.output_tokens)
            lines.append(f"| {row.model} | {row.input_tokens} | {row.output_tokens} | {cost:.2f} |")
        self.driver.reply_to(message, "\n".join(lines))

    @listen_to("^!reload$")
    def reload_clients(self, message: Message):
        if not self._is_admin(message):
            return
        clients.reset_clients()
        self.driver.react_to(message, "recycle")

    @listen_to("^!upload-kb$")
    def upload_kb(self, message: Message):
        """Pushes the runbook export to the OpenAI file store for the assistants PoC."""
        if not self._is_admin(message):
            return
        path = os.environ.get("RUNBOOK_EXPORT", "/var/lib/mmbot/runbooks.jsonl")
        with open(path, "rb") as fh:
            uploaded = clients.get_openai_client().files.create(file=fh, purpose="assistants")
        self.driver.reply_to(message, f"Uploaded `{uploaded.id}` ({uploaded.bytes} bytes)")
