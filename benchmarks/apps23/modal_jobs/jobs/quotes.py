"""Pull-quote extraction and verification.

First job moved onto providers.registry.ClientHub (MEDIA-430). Claude extracts
candidate quotes with a tool schema; Gemini double-checks each quote appears
verbatim-ish in the transcript; OpenAI normalises speaker names.
"""
from __future__ import annotations

import logging

import modal
from google.genai import types
from pydantic import BaseModel

from common.config import MODELS
from common.secrets import ANTHROPIC_SECRET, GEMINI_SECRET, OPENAI_SECRET
from common.storage import JobRecord, load_transcript
from modal_app import app
from providers.registry import ClientHub

logger = logging.getLogger(__name__)

QUOTE_TOOL = {
    "name": "record_quotes",
    "description": "Record the pull quotes found in the transcript.",
    "input_schema": {
        "type": "object",
        "properties": {
            "quotes": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {
                        "speaker": {"type": "string"},
                        "text": {"type": "string"},
                        "context": {"type": "string"},
                    },
                    "required": ["speaker", "text"],
                },
            }
        },
        "required": ["quotes"],
    },
}


class Speakers(BaseModel):
    canonical: list[str]


@app.cls(secrets=[ANTHROPIC_SECRET, GEMINI_SECRET, OPENAI_SECRET], timeout=600)
class QuoteExtractor:
    @modal.enter()
    def init(self) -> None:
        self.hub = ClientHub.from_env()

    def _extract(self, transcript: str, max_quotes: int) -> list[dict]:
        msg = self.hub.claude.messages.create(
            model=MODELS.claude_summary,
            max_tokens=1500,
            tools=[QUOTE_TOOL],
            tool_choice={"type": "tool", "name": "record_quotes"},
            messages=[
                {
                    "role": "user",
                    "content": f"Find up to {max_quotes} strong, self-contained pull quotes.\n\n{transcript}",
                }
            ],
        )
        for block in msg.content:
            if block.type == "tool_use" and block.name == "record_quotes":
                return block.input.get("quotes", [])
        return []

    def _verify(self, quote: dict, transcript: str) -> bool:
        verdict = []
        for chunk in self.hub.gemini.models.generate_content_stream(
            model=MODELS.gemini_tagging,
            contents=[
                f"Transcript:\n{transcript}",
                f'Does this quote appear in the transcript, attributed to {quote["speaker"]}, '
                f'with the same meaning? Answer YES or NO.\n\nQuote: "{quote["text"]}"',
            ],
            config=types.GenerateContentConfig(temperature=0, max_output_tokens=5),
        ):
            verdict.append(chunk.text or "")
        return "".join(verdict).strip().upper().startswith("YES")

    def _normalise_speakers(self, names: list[str]) -> list[str]:
        completion = self.hub.openai.beta.chat.completions.parse(
            model=MODELS.openai_chat,
            response_format=Speakers,
            messages=[
                {
                    "role": "system",
                    "content": "Normalise these speaker labels to 'Firstname Lastname' where possible; keep order.",
                },
                {"role": "user", "content": "\n".join(names)},
            ],
        )
        parsed = completion.choices[0].message.parsed
        return parsed.canonical if parsed and len(parsed.canonical) == len(names) else names

    @modal.method()
    def extract(self, asset_id: str, max_quotes: int = 5) -> list[dict]:
        transcript = load_transcript(asset_id) or ""
        if len(transcript) < 500:
            return []
        quotes = [q for q in self._extract(transcript, max_quotes) if self._verify(q, transcript)]
        names = self._normalise_speakers([q["speaker"] for q in quotes]) if quotes else []
        for q, name in zip(quotes, names):
            q["speaker"] = name
        JobRecord.create(asset_id, "quotes", {"quotes": quotes})
        logger.info("%s: %d verified quotes", asset_id, len(quotes))
        return quotes
