"""Architect mode: a strong model plans the change, an editor model writes the edits."""

from typing import List, Optional

from ..logging_setup import get_logger
from ..providers.clients import get_anthropic_client
from ..providers import Reply
from ..utils import split_system
from .. import prompts
from .base_coder import Coder

log = get_logger(__name__)

DEFAULT_THINKING_BUDGET = 6000


class ArchitectCoder(Coder):
    edit_format = "architect"
    gpt_prompts_system = prompts.ARCHITECT_SYSTEM
    auto_accept_architect = True

    def send(self, messages: List[dict]) -> Reply:
        if self.main_model.vendor != "anthropic":
            return super().send(messages)
        return self._plan_with_thinking(messages)

    def _plan_with_thinking(self, messages: List[dict]) -> Reply:
        system, rest = split_system(messages)
        budget = self.main_model.settings.thinking_budget or DEFAULT_THINKING_BUDGET
        anthropic_client = get_anthropic_client()
        msg = anthropic_client.messages.create(
            model=self.main_model.name,
            max_tokens=budget + self.main_model.max_tokens,
            thinking={"type": "enabled", "budget_tokens": budget},
            system=system,
            messages=rest,
        )
        thinking = [b.thinking for b in msg.content if b.type == "thinking"]
        text = "".join(b.text for b in msg.content if b.type == "text")
        if thinking:
            log.debug("architect thinking: %d chars", sum(len(t) for t in thinking))
        if self.stream:
            self.io.stream_chunk(text)
        return Reply(
            text=text,
            input_tokens=msg.usage.input_tokens,
            output_tokens=msg.usage.output_tokens,
            finish_reason=msg.stop_reason,
            raw=msg,
        )

    def get_edits(self):
        # the architect itself never edits; see apply_updates
        return []

    def apply_updates(self) -> Optional[str]:
        plan = self.partial_response_content
        if not plan.strip():
            return None
        if not self.auto_accept_architect and not self.io.confirm_ask("Edit the files?"):
            return None

        from . import Coder as CoderFactory

        editor_model = self.main_model.editor_model
        editor = CoderFactory.create(
            main_model=editor_model,
            edit_format=self.main_model.editor_edit_format or editor_model.edit_format,
            io=self.io,
            fnames=[str(p) for p in self.abs_fnames],
            read_only_fnames=[str(p) for p in self.abs_read_only_fnames],
            repo=self.repo,
            stream=self.stream,
            auto_commits=self.auto_commits,
        )
        editor.cur_messages = []
        editor.done_messages = []
        edited = editor.run_one(plan)
        self.total_cost += editor.total_cost
        return edited

