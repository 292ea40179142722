"""/ask mode: answer questions about the code without editing anything.

Moved to the multi-model service in the usage-tracking migration so that /ask
questions show up in the usage dashboard like the web features do.
"""

import asyncio
from typing import List, Optional

from ..services.multi_model_service import TaskComplexity, multi_model_service
from .. import prompts
from .base_coder import Coder


class AskCoder(Coder):
    edit_format = "ask"
    gpt_prompts_system = prompts.ASK_SYSTEM

    def _build_prompt(self, question: str) -> str:
        files = self.get_files_content()
        repo_text = self.get_repo_map_text() or ""
        history: List[str] = []
        for msg in self.done_messages[-6:]:
            history.append(f"{msg['role'].upper()}: {msg['content']}")
        parts = [
            self.fmt_system_prompt(),
            "Repository map:\n" + repo_text if repo_text else "",
            "Files:\n" + files if files else "",
            "\n".join(history),
            "QUESTION: " + question,
        ]
        return "\n\n".join(p for p in parts if p)

    async def answer(self, question: str) -> str:
        response = await multi_model_service.generate_response(
            prompt=self._build_prompt(question),
            task_type="chat",
            complexity=TaskComplexity.SIMPLE,
            model_hint=self.main_model.name,
        )
        return response

    def run_one(self, user_message: str) -> Optional[str]:
        text = asyncio.run(self.answer(user_message))
        self.io.assistant_output(text)
        self.done_messages += [
            {"role": "user", "content": user_message},
            {"role": "assistant", "content": text},
        ]
        return None

    def get_edits(self):
        return []

    def apply_edits(self, edits) -> None:
        return None
