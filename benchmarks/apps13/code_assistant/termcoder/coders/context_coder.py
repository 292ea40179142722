"""Context mode: figure out which files need to be in the chat for a request.

Uses a small fast model on Groq regardless of the main model; picking files is
a classification task and the latency matters more than the quality here.
"""

import json
from pathlib import Path
from typing import List

from ..logging_setup import get_logger
from ..providers.clients import get_groq_client
from .. import prompts
from .base_coder import Coder

log = get_logger(__name__)

CONTEXT_MODEL = "llama-3.3-70b-versatile"
MAX_SUGGESTED = 8


class ContextCoder(Coder):
    edit_format = "context"

    def suggest_files(self, request: str) -> List[str]:
        repo_text = self.repo_map.get_repo_map(set(), self.repo.get_tracked_files()) if self.repo_map else ""
        groq = get_groq_client()
        resp = groq.chat.completions.create(
            model=CONTEXT_MODEL,
            messages=[
                {"role": "system", "content": prompts.CONTEXT_SYSTEM},
                {"role": "user", "content": f"Repository map:\n{repo_text}\n\nRequest: {request}"},
            ],
            response_format={"type": "json_object"},
            temperature=0,
            max_completion_tokens=512,
        )
        try:
            data = json.loads(resp.choices[0].message.content or "{}")
        except json.JSONDecodeError:
            log.warning("context model returned non-JSON")
            return []
        tracked = set(self.repo.get_tracked_files())
        files = [f for f in data.get("files", []) if f in tracked]
        return files[:MAX_SUGGESTED]

    def run_one(self, user_message: str):
        files = self.suggest_files(user_message)
        if not files:
            self.io.tool_output("No files look relevant to that request.")
            return None
        self.io.print_files("Suggested files", files)
        if self.io.confirm_ask("Add these files to the chat?"):
            for f in files:
                self.abs_fnames.add(str((self.root / Path(f)).resolve()))
        return None

    def get_edits(self):
        return []

    def apply_edits(self, edits) -> None:
        return None
