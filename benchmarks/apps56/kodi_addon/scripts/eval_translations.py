#!/usr/bin/env python3
"""Compare subtitle translation quality across providers on a sample SRT.

Writes one file per provider next to the input; a human then eyeballs them.
"""
import asyncio
import os
import sys

import requests

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))

from resources.lib import subtitles_parser  # noqa: E402

SYSTEM = "Translate each 'N|text' line to {lang}. Keep the numbers. Output only the lines."


def via_claude(text, lang):
    import anthropic

    client = anthropic.Anthropic()
    msg = client.messages.create(
        model="claude-3-5-sonnet-latest",
        max_tokens=4000,
        system=SYSTEM.format(lang=lang),
        messages=[{"role": "user", "content": text}],
    )
    return msg.content[0].text


def via_claude_http(text, lang):
    """Same as above without the SDK - mirrors what LibreELEC users would get."""
    r = requests.post(
        "https://api.anthropic.com/v1/messages",
        headers={
            "x-api-key": os.environ["ANTHROPIC_API_KEY"],
            "anthropic-version": "2023-06-01",
            "content-type": "application/json",
        },
        json={
            "model": "claude-3-5-haiku-latest",
            "max_tokens": 4000,
            "system": SYSTEM.format(lang=lang),
            "messages": [{"role": "user", "content": text}],
        },
        timeout=120,
    )
    r.raise_for_status()
    return r.json()["content"][0]["text"]


def via_mistral(text, lang):
    from mistralai import Mistral

    with Mistral(api_key=os.environ["MISTRAL_API_KEY"]) as client:
        resp = client.chat.complete(
            model="mistral-large-latest",
            messages=[{"role": "system", "content": SYSTEM.format(lang=lang)}, {"role": "user", "content": text}],
        )
    return resp.choices[0].message.content


async def via_gemini(text, lang):
    from google import genai
    from google.genai import types

    client = genai.Client(api_key=os.environ["GOOGLE_API_KEY"])
    resp = await client.aio.models.generate_content(
        model="gemini-2.0-flash",
        contents=text,
        config=types.GenerateContentConfig(system_instruction=SYSTEM.format(lang=lang)),
    )
    return resp.text


def main(path, lang="de"):
    with open(path, encoding="utf-8") as fh:
        cues = subtitles_parser.parse(fh.read())[:60]
    text = subtitles_parser.to_numbered_lines(cues)
    results = {
        "claude": via_claude(text, lang),
        "claude_http": via_claude_http(text, lang),
        "mistral": via_mistral(text, lang),
        "gemini": asyncio.run(via_gemini(text, lang)),
    }
    for name, out in results.items():
        translated = subtitles_parser.apply_numbered_lines([c for c in cues], out)
        with open("{}.{}.{}.srt".format(path, name, lang), "w", encoding="utf-8") as fh:
            fh.write(subtitles_parser.dump(translated))
        print(name, "ok")


if __name__ == "__main__":
    main(*sys.argv[1:])
