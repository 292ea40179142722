#!/usr/bin/env python
"""Pre-generate a lesson pack that ships inside the APK for first launch.

Usage: python scripts/generate_lesson_pack.py es A2 out/lessons_es_a2.json
"""
import json
import sys
import time

import anthropic

TOPICS = ["greetings", "food", "travel", "family", "work", "health", "shopping", "weather"]


def main(lang, level, out_path):
    client = anthropic.Anthropic()
    lessons = []
    for topic in TOPICS:
        msg = client.messages.create(
            model="claude-3-5-sonnet-20241022",
            max_tokens=2000,
            system="Output only JSON.",
            messages=[{
                "role": "user",
                "content": f"Lesson for {lang} learners at {level} about {topic}: "
                           '{"title": str, "exercises": [{"prompt": str, "answer": str, "kind": str}]}',
            }],
        )
        try:
            lesson = json.loads(msg.content[0].text)
        except json.JSONDecodeError:
            print(f"skipping {topic}: bad JSON", file=sys.stderr)
            continue
        lesson["id"] = f"{lang}-{level}-{topic}"
        lessons.append(lesson)
        print(f"{topic}: {msg.usage.input_tokens}+{msg.usage.output_tokens} tokens")
        time.sleep(1)
    with open(out_path, "w", encoding="utf-8") as fh:
        json.dump({"lessons": lessons}, fh, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main(*sys.argv[1:4])
