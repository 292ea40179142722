#!/usr/bin/env python
"""One-off: transcribe the voice notes teachers exported from the old bot and
generate reference audio for the drill sentences."""
from __future__ import annotations

import csv
import sys
from pathlib import Path

from openai import OpenAI


def transcribe_dir(src: Path, out_csv: Path, language: str) -> None:
    client = OpenAI()
    with out_csv.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["file", "text"])
        for path in sorted(src.glob("*.ogg")):
            with path.open("rb") as audio:
                result = client.audio.transcriptions.create(model="whisper-1", file=audio, language=language)
            writer.writerow([path.name, result.text])
            print(path.name, "ok", file=sys.stderr)


def render_references(sentences: list[str], out_dir: Path) -> None:
    client = OpenAI()
    out_dir.mkdir(parents=True, exist_ok=True)
    for idx, sentence in enumerate(sentences):
        speech = client.audio.speech.create(model="tts-1-hd", voice="nova", input=sentence, speed=0.85)
        speech.write_to_file(out_dir / f"ref_{idx:03d}.mp3")


if __name__ == "__main__":
    src = Path(sys.argv[1])
    transcribe_dir(src, src / "transcripts.csv", sys.argv[2] if len(sys.argv) > 2 else "de")
    if len(sys.argv) > 3:
        render_references(Path(sys.argv[3]).read_text("utf-8").splitlines(), src / "references")
