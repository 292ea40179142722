"""/ask mode: questions about the code, no edits.

Answers go through the multi-model service so they show up in /usage. Web-grounded
answers (``/ask --web``) use Gemini with Google Search grounding, which the service
doesn't support yet.
"""

from __future__ import annotations

import logging
from typing import List, Optional

from google.genai import types

from quill.coders.base_coder import Coder
from quill.models import clients
from quill.services.multi_model_service import TaskComplexity, multi_model_service

log = logging.getLogger(__name__)

GROUNDED_MODEL = "gemini-2.5-flash"


class AskPrompts:
    main_system = """Act as an expert code analyst.
Answer questions about the supplied code.
Always reply to the user in their language.
{lazy_prompt}"""
    repo_content_prefix = "I am working with you on code in a git repository.\nHere are summaries of some files present in my git repo.\n"
    files_content_prefix = "I have *added these files to the chat* so you see all of their contents.\n"


class AskCoder(Coder):
    edit_format = "ask"
    gpt_prompts = AskPrompts()

    def get_edits(self):
        return []

    def apply_edits(self, edits) -> None:
        return None

    async def answer(self, question: str) -> str:
        self.cur_messages.append({"role": "user", "content": question})
        prompt = self._flatten(self.format_messages())
        response = await multi_model_service.generate_response(
            prompt=prompt,
            task_type="chat",
            complexity=TaskComplexity.SIMPLE,
            model=self.main_model.name,
        )
        self.cur_messages.append({"role": "assistant", "content": response})
        self.move_back_cur_messages()
        return response

    def answer_with_web(self, question: str) -> str:
        client = clients.gemini_client()
        files = self.get_files_content()
        contents = f"{files}\n\n{question}" if files else question
        response = client.models.generate_content(
            model=GROUNDED_MODEL,
            contents=contents,
            config=types.GenerateContentConfig(
                system_instruction=self.gpt_prompts.main_system.format(lazy_prompt=""),
                tools=[types.Tool(google_search=types.GoogleSearch())],
            ),
        )
        sources = self._sources(response)
        text = response.text or ""
        if sources:
            text += "\n\nSources:\n" + "\n".join(f"- {s}" for s in sources)
        return text

    @staticmethod
    def _sources(response) -> List[str]:
        out = []
        for cand in response.candidates or []:
            meta = cand.grounding_metadata
            if not meta or not meta.grounding_chunks:
                continue
            for chunk in meta.grounding_chunks:
                if chunk.web and chunk.web.uri:
                    out.append(chunk.web.uri)
        return out

    @staticmethod
    def _flatten(messages: List[dict]) -> str:
        return "\n\n".join(f"{m['role'].upper()}:\n{m['content']}" for m in messages)
