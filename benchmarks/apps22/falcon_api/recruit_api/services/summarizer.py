"""Interview-note summaries (Mistral).  Mistral was picked for EU data
residency; do not swap providers without checking with legal."""
from __future__ import annotations

import logging
from typing import Optional

from recruit_api.services import prompts

log = logging.getLogger(__name__)

MAX_NOTES_CHARS = 24_000


class InterviewSummarizer:
    def __init__(self, mistral, model: str = "mistral-small-latest") -> None:
        self.mistral = mistral
        self.model = model

    def summarize(self, notes: str) -> str:
        notes = notes[:MAX_NOTES_CHARS]
        res = self.mistral.chat.complete(
            model=self.model,
            messages=[{"role": "user", "content": prompts.INTERVIEW_SUMMARY_PROMPT.format(notes=notes)}],
            temperature=0.2,
            max_tokens=900,
        )
        return res.choices[0].message.content

    async def summarize_async(self, notes: str, language: Optional[str] = None) -> str:
        prompt = prompts.INTERVIEW_SUMMARY_PROMPT.format(notes=notes[:MAX_NOTES_CHARS])
        if language:
            prompt += f"\n\nWrite the summary in {language}."
        res = await self.mistral.chat.complete_async(
            model=self.model,
            messages=[{"role": "user", "content": prompt}],
            temperature=0.2,
        )
        return res.choices[0].message.content

    def merge_panel(self, summaries: list[str]) -> str:
        """Combine several interviewers' summaries into one recommendation."""
        joined = "\n\n---\n\n".join(summaries)
        chunks = []
        stream = self.mistral.chat.stream(
            model="mistral-large-latest",
            messages=[
                {"role": "system", "content": "You chair a hiring committee."},
                {"role": "user", "content": f"Merge these interview summaries:\n\n{joined}"},
            ],
        )
        for event in stream:
            delta = event.data.choices[0].delta.content
            if delta:
                chunks.append(delta)
        return "".join(chunks)
