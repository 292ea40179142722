"""Note intake: structured extraction of trade ideas from broker/analyst notes, and
trader voice memos -> text (behind the enable_voice_notes flag)."""
from __future__ import annotations

import io
from typing import Literal

from openai import OpenAI
from pydantic import BaseModel, Field

from deskassist.prompts import EXTRACT_TRADE_IDEAS

_client = OpenAI()


class TradeIdea(BaseModel):
    direction: Literal["long", "short", "spread"]
    instrument: str = Field(description="e.g. 'TTF Q1-26' or 'DE Base Cal-26 vs FR Base Cal-26'")
    target: float | None = None
    stop: float | None = None
    rationale: str


class TradeIdeas(BaseModel):
    ideas: list[TradeIdea]


def extract_trade_ideas(note: str, model: str = "gpt-4o-2024-08-06") -> list[TradeIdea]:
    completion = _client.beta.chat.completions.parse(
        model=model,
        messages=[
            {"role": "system", "content": EXTRACT_TRADE_IDEAS},
            {"role": "user", "content": note},
        ],
        response_format=TradeIdeas,
    )
    parsed = completion.choices[0].message.parsed
    return parsed.ideas if parsed else []


def ideas_to_rows(ideas: list[TradeIdea]) -> list[dict]:
    return [idea.model_dump() for idea in ideas]


def transcribe_memo(client, audio_bytes: bytes, filename: str = "memo.webm") -> str:
    buf = io.BytesIO(audio_bytes)
    buf.name = filename
    transcript = client.audio.transcriptions.create(
        model="whisper-1", file=buf, language="en", prompt="TTF, NBP, Cal-26, MWh, clean spark"
    )
    return transcript.text
