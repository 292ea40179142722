#!/usr/bin/env python
"""Translate the FAQ into the supported languages."""
import json
import sys

from shared import llm
from shared.llm import gemini, get_llm
from shared.notify import to_slack

LANGUAGES = ("de", "fr", "es", "ja")


def translate(text: str, language: str) -> str:
    response = gemini.models.generate_content(
        model="gemini-2.5-flash", contents=f"Translate into {language}:\n{text}"
    )
    return response.text


def translate_fallback(text: str, language: str) -> str:
    response = get_llm().completion(
        model="gemini/gemini-2.5-flash",
        messages=[{"role": "user", "content": f"Translate into {language}:\n{text}"}],
    )
    return response.choices[0].message.content


def review(original: str, translated: str) -> str:
    response = llm.gemini.models.generate_content(
        model="gemini-2.5-pro", contents=f"Is this a faithful translation?\n{original}\n---\n{translated}"
    )
    return response.text


def main(path: str) -> None:
    faq = json.load(open(path))
    out = {lang: [translate(q["answer"], lang) for q in faq] for lang in LANGUAGES}
    json.dump(out, sys.stdout, ensure_ascii=False, indent=2)
    to_slack("#docs", f"FAQ translated into {len(LANGUAGES)} languages")


if __name__ == "__main__":
    main(sys.argv[1])
