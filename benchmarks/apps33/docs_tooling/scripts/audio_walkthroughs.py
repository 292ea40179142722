#!/usr/bin/env python
"""Narrated audio for tutorial pages, and transcripts for recorded walkthrough videos.

    python scripts/audio_walkthroughs.py narrate docs/tutorials/quickstart.md
    python scripts/audio_walkthroughs.py transcribe recordings/onboarding.mp4
"""
from __future__ import annotations

import argparse
import re
from pathlib import Path

from openai import OpenAI

CODE_BLOCK = re.compile(r"```.*?```", re.DOTALL)


def narrate(client: OpenAI, page: Path, out_dir: Path) -> Path:
    text = CODE_BLOCK.sub(" (code sample omitted) ", page.read_text("utf-8"))
    out = out_dir / (page.stem + ".mp3")
    out.parent.mkdir(parents=True, exist_ok=True)
    with client.audio.speech.with_streaming_response.create(
        model="gpt-4o-mini-tts",
        voice="alloy",
        input=text[:4000],
        instructions="Calm, clear, technical narration.",
    ) as response:
        response.stream_to_file(out)
    return out


def transcribe(client: OpenAI, recording: Path) -> Path:
    with recording.open("rb") as fh:
        transcript = client.audio.transcriptions.create(model="whisper-1", file=fh, response_format="srt")
    out = recording.with_suffix(".srt")
    out.write_text(transcript if isinstance(transcript, str) else transcript.text, "utf-8")
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="cmd", required=True)
    n = sub.add_parser("narrate")
    n.add_argument("page", type=Path)
    n.add_argument("--out", type=Path, default=Path("site/audio"))
    t = sub.add_parser("transcribe")
    t.add_argument("recording", type=Path)
    args = parser.parse_args()

    client = OpenAI()
    if args.cmd == "narrate":
        print(narrate(client, args.page, args.out))
    else:
        print(transcribe(client, args.recording))


if __name__ == "__main__":
    main()
