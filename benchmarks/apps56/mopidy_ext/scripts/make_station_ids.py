#!/usr/bin/env python3
"""Render the station-ID jingles (spoken) into the local music folder."""

import argparse
import pathlib

from mopidy_aidj.llm.tts import Speaker

STATION_IDS = [
    "You're listening to the AI DJ. Stay a while.",
    "AI DJ. Fewer ads than your uncle's radio.",
    "This is the AI DJ, the station that never sleeps.",
]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("out_dir", type=pathlib.Path)
    parser.add_argument("--voice", default="nova")
    parser.add_argument("--api-key", required=True)
    args = parser.parse_args()
    speaker = Speaker(
        {"openai_api_key": args.api_key, "tts_model": "tts-1-hd", "tts_voice": args.voice},
        out_dir=args.out_dir,
    )
    for i, text in enumerate(STATION_IDS):
        uri = speaker.render(text, f"station-id-{i}")
        print(uri)


if __name__ == "__main__":
    main()
