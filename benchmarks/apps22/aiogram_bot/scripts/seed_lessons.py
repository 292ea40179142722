#!/usr/bin/env python
"""Pre-generate lesson packs for a level and store them as JSON (used for the
offline fallback when Bedrock throttles us in the morning peak).

    python scripts/seed_lessons.py --level B1 --language de --out data/lessons
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.clients import get_bedrock  # noqa: E402
from bot.config import get_settings  # noqa: E402
from bot.handlers.lesson import TOPICS  # noqa: E402
from bot.services.lesson_generator import Lesson  # noqa: E402
from bot.prompts import LESSON_PROMPT  # noqa: E402


def generate(level: str, language: str, topic: str, model_id: str) -> Lesson:
    client = get_bedrock()
    response = client.converse(
        modelId=model_id,
        messages=[{"role": "user", "content": [{"text": LESSON_PROMPT.format(level=level, language=language, topic=topic)}]}],
        inferenceConfig={"maxTokens": 1200, "temperature": 0.7},
    )
    usage = response["usage"]
    print(f"  {topic}: {usage['inputTokens']} in / {usage['outputTokens']} out", file=sys.stderr)
    return Lesson.from_json(response["output"]["message"]["content"][0]["text"])


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--level", required=True)
    parser.add_argument("--language", default="de")
    parser.add_argument("--out", type=Path, default=Path("data/lessons"))
    parser.add_argument("--model", default=None)
    args = parser.parse_args()

    model_id = args.model or get_settings().bedrock_lesson_model
    args.out.mkdir(parents=True, exist_ok=True)
    for topic in TOPICS:
        target = args.out / f"{args.language}_{args.level}_{topic}.json"
        if target.exists():
            continue
        lesson = generate(args.level, args.language, topic, model_id)
        target.write_text(json.dumps(lesson.__dict__, ensure_ascii=False, indent=2), "utf-8")
        time.sleep(1.5)  # stay under the on-demand TPM quota
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
