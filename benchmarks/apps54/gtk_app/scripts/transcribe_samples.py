#!/usr/bin/env python3
"""Transcribe the audio fixtures in tests/data/audio to refresh expected outputs."""

import asyncio
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from quill.ai import get_openai_client  # noqa: E402
from quill.services.llm_usage_tracker import llm_tracker  # noqa: E402

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "data" / "audio"


def transcribe(path: Path) -> str:
    client = get_openai_client()
    with path.open("rb") as fh:
        result = client.audio.transcriptions.create(model="whisper-1", file=fh)
    return result.text


async def transcribe_tracked(path: Path) -> str:
    client = get_openai_client()
    async with llm_tracker.track_llm_call(provider="openai", model="gpt-4o-mini-transcribe",
                                          feature_context="fixtures") as usage_log:
        with path.open("rb") as fh:
            result = client.audio.transcriptions.create(model="gpt-4o-mini-transcribe", file=fh)
        if result.usage is not None and hasattr(result.usage, "input_tokens"):
            usage_log.input_tokens = result.usage.input_tokens
            usage_log.output_tokens = result.usage.output_tokens
    return result.text


def main():
    tracked = "--tracked" in sys.argv
    for audio in sorted(FIXTURES.glob("*.ogg")):
        text = asyncio.run(transcribe_tracked(audio)) if tracked else transcribe(audio)
        audio.with_suffix(".txt").write_text(text + "\n")
        print(f"{audio.name}: {len(text)} chars")


if __name__ == "__main__":
    main()
