"""Architect mode: a strong model plans the change, an editor model writes the edits."""

from __future__ import annotations

import logging
from typing import Iterable, List

from quill.coders.base_coder import Coder
from quill.models import clients

log = logging.getLogger(__name__)

DEFAULT_THINKING_BUDGET = 8000


class ArchitectPrompts:
    main_system = """Act as an expert architect engineer and provide direction to your editor engineer.
Study the change request and the current code.
Describe how to modify the code to complete the request.
The editor engineer will rely solely on your instructions, so make them unambiguous and complete.
Explain all needed code changes clearly and completely, but concisely.
Just show the changes needed.

DO NOT show the entire updated function/file/etc!
{lazy_prompt}"""
    repo_content_prefix = "I am working with you on code in a git repository.\nHere are summaries of some files present in my git repo.\n"
    files_content_prefix = "I have *added these files to the chat* so you see all of their contents.\n"


class ArchitectCoder(Coder):
    edit_format = "architect"
    gpt_prompts = ArchitectPrompts()
    auto_accept_architect = True
    thinking_budget = DEFAULT_THINKING_BUDGET

    def send(self, messages: List[dict]) -> Iterable[str]:
        settings = self.main_model.settings
        if settings.provider != "anthropic" or not settings.extended_thinking:
            yield from super().send(messages)
            return

        system = "\n\n".join(m["content"] for m in messages if m["role"] == "system")
        convo = [m for m in messages if m["role"] != "system"]

        self.partial_response_content = ""
        self.reasoning_content = ""
        client = clients.anthropic_client()
        with client.messages.stream(
            model=self.main_model.name,
            max_tokens=settings.max_output_tokens,
            system=system,
            messages=convo,
            thinking={"type": "enabled", "budget_tokens": self.thinking_budget},
        ) as stream:
            for event in stream:
                if event.type != "content_block_delta":
                    continue
                if event.delta.type == "thinking_delta":
                    self.reasoning_content += event.delta.thinking
                elif event.delta.type == "text_delta":
                    self.partial_response_content += event.delta.text
                    yield event.delta.text

    def get_edits(self):
        return []

    def apply_edits(self, edits) -> None:
        return None

    def apply_updates(self) -> List[str]:
        content = self.partial_response_content
        if not content or not content.strip():
            return []
        if not self.auto_accept_architect and not self.io.confirm_ask("Edit the files?"):
            return []

        editor_model = self.main_model.editor_model
        editor = Coder.create(
            main_model=editor_model,
            edit_format=self.main_model.editor_edit_format or "diff",
            from_coder=self,
            stream=self.stream,
            auto_commits=False,
        )
        editor.cur_messages = []
        editor.done_messages = []
        editor.run_one(content)
        self.total_cost += editor.total_cost
        edited = sorted(editor.abs_fnames)
        if self.repo and self.auto_commits and edited:
            self.repo.commit(fnames=edited, context=self.cur_messages, coder_edits=True)
        return []
