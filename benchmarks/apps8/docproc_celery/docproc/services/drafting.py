"""Draft cover letters / transmittal letters from matter facts."""
import logging
from typing import Dict, Iterator, List

from docproc.clients import get_openai_client
from docproc.schemas import LetterOutline
from docproc.settings import settings

logger = logging.getLogger(__name__)

_DRAFT_SYSTEM = (
    "You draft formal correspondence for a US law firm. Use the firm's house style: "
    "no contractions, short paragraphs, defined terms in quotes on first use."
)


class LetterDrafter:
    client_factory = staticmethod(get_openai_client)

    def __init__(self, model: str = None):
        self.model = model or settings.openai_summary_model

    def outline(self, facts: Dict[str, str], enclosures: List[str]) -> LetterOutline:
        facts_block = "\n".join(f"- {k}: {v}" for k, v in facts.items())
        completion = self.client_factory().beta.chat.completions.parse(
            model=self.model,
            messages=[
                {"role": "system", "content": _DRAFT_SYSTEM},
                {
                    "role": "user",
                    "content": f"Outline a transmittal letter.\nFacts:\n{facts_block}\nEnclosures: {', '.join(enclosures)}",
                },
            ],
            response_format=LetterOutline,
        )
        message = completion.choices[0].message
        if message.refusal:
            raise ValueError(f"model refused to outline letter: {message.refusal}")
        return message.parsed

    def stream_draft(self, outline: LetterOutline, tone: str = "neutral") -> Iterator[str]:
        sections = "\n".join(f"{i + 1}. {s}" for i, s in enumerate(outline.sections))
        stream = self.client_factory().chat.completions.create(
            model=self.model,
            stream=True,
            stream_options={"include_usage": True},
            temperature=0.4,
            messages=[
                {"role": "system", "content": _DRAFT_SYSTEM},
                {
                    "role": "user",
                    "content": (
                        f"Write the letter. Tone: {tone}.\nTo: {outline.recipient}\n"
                        f"Re: {outline.subject}\nSections:\n{sections}"
                    ),
                },
            ],
        )
        for chunk in stream:
            if chunk.choices and chunk.choices[0].delta.content:
                yield chunk.choices[0].delta.content
            if chunk.usage:
                logger.info("draft tokens: %s/%s", chunk.usage.prompt_tokens, chunk.usage.completion_tokens)
