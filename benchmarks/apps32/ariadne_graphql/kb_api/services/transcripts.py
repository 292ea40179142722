"""Turn recorded walkthroughs into draft articles (Groq Whisper + Llama)."""
from __future__ import annotations

from pathlib import Path

from groq import Groq

from kb_api.llm_clients import make_sync_groq
from kb_api.settings import get_settings

_client: Groq | None = None


def _groq() -> Groq:
    global _client
    if _client is None:
        _client = make_sync_groq()
    return _client


def transcribe(path: Path, language: str = "en") -> str:
    with path.open("rb") as fh:
        result = _groq().audio.transcriptions.create(
            file=(path.name, fh.read()),
            model="whisper-large-v3-turbo",
            language=language,
            response_format="text",
        )
    return result if isinstance(result, str) else result.text


def draft_article_from_transcript(transcript: str) -> str:
    client = _groq()
    resp = client.chat.completions.create(
        model=get_settings().groq_model,
        messages=[
            {"role": "system", "content": "Rewrite this transcript as a how-to article in markdown."},
            {"role": "user", "content": transcript[:24_000]},
        ],
        temperature=0.3,
    )
    return resp.choices[0].message.content or ""
