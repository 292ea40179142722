"""Bake scripted voice lines (tutorial, cutscenes) to assets/voice/.

Generated lines are rewritten by Claude for the character's voice first.
"""
import csv
import sys
from pathlib import Path

import anthropic
from openai import OpenAI

OUT = Path("assets/voice")


def punch_up(client: anthropic.Anthropic, character: str, line: str) -> str:
    msg = client.messages.create(
        model="claude-3-5-sonnet-latest",
        max_tokens=120,
        system=f"Rewrite the line so it sounds like {character}. Keep the meaning. Output only the line.",
        messages=[{"role": "user", "content": line}],
    )
    return msg.content[0].text.strip()


def main(csv_path: str) -> None:
    tts = OpenAI()
    writer = anthropic.Anthropic()
    OUT.mkdir(parents=True, exist_ok=True)
    with open(csv_path, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            text = row["text"]
            if row.get("punch_up") == "1":
                text = punch_up(writer, row["character"], text)
            target = OUT / f"{row['id']}.ogg"
            if target.exists():
                continue
            with tts.audio.speech.with_streaming_response.create(
                model="gpt-4o-mini-tts",
                voice=row.get("voice", "echo"),
                input=text,
                instructions=row.get("direction", "Calm, low, storyteller."),
                response_format="opus",
            ) as resp:
                resp.stream_to_file(target)
            print("baked", target)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "assets/voice_lines.csv")
