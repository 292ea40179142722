#!/usr/bin/env python3
"""Check every provider key works, outside AppDaemon. Run after rotating secrets.

    python scripts/smoke_test_providers.py [--only groq,ollama]
"""
import argparse
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "apps"))

from google import genai  # noqa: E402

from lib import clients  # noqa: E402
from lib.providers import complete  # noqa: E402

PROMPT = "Reply with the single word: pong"


def check_openai():
    client = clients.make_openai_client()
    resp = client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": PROMPT}],
                                          max_tokens=5)
    return resp.choices[0].message.content


def check_anthropic():
    client = clients.make_anthropic_client()
    return complete("anthropic", client, "claude-3-5-haiku-20241022", PROMPT, max_tokens=5)


def check_gemini():
    client = genai.Client(api_key=os.environ["GEMINI_API_KEY"])
    return client.models.generate_content(model="gemini-2.0-flash", contents=PROMPT).text


def check_groq():
    return complete("groq", clients.make_groq_client(), "llama-3.1-8b-instant", PROMPT, max_tokens=5)


def check_ollama():
    client = clients.make_ollama_client()
    return client.chat(model="llama3.1:8b", messages=[{"role": "user", "content": PROMPT}])["message"]["content"]


CHECKS = {
    "openai": check_openai,
    "anthropic": check_anthropic,
    "gemini": check_gemini,
    "groq": check_groq,
    "ollama": check_ollama,
}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", default="")
    args = parser.parse_args()
    wanted = [n for n in args.only.split(",") if n] or list(CHECKS)
    failed = 0
    for name in wanted:
        try:
            print(f"{name:10s} {CHECKS[name]()!r}")
        except Exception as exc:  # noqa: BLE001
            failed += 1
            print(f"{name:10s} FAILED: {exc}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
