#!/usr/bin/env python3
"""Hit every provider once with a tiny request to check keys/quotas.

Run from a terminal (not GIMP):  python scripts/smoke_test_providers.py --all
Costs a fraction of a cent; don't put it in CI.
"""
import argparse
import os
import sys
import time


def smoke_openai():
    from openai import OpenAI

    client = OpenAI()
    r = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": "Say OK"}],
        max_tokens=3,
    )
    return r.choices[0].message.content


def smoke_anthropic():
    from anthropic import Anthropic

    client = Anthropic()
    r = client.messages.create(
        model="claude-3-5-haiku-latest",
        max_tokens=5,
        messages=[{"role": "user", "content": "Say OK"}],
    )
    return r.content[0].text


def smoke_google():
    from google import genai

    client = genai.Client(api_key=os.environ["GOOGLE_API_KEY"])
    r = client.models.generate_content(model="gemini-2.0-flash", contents="Say OK")
    return r.text


def smoke_replicate():
    import replicate

    out = replicate.run(
        "black-forest-labs/flux-schnell",
        input={"prompt": "a red square", "num_outputs": 1, "output_format": "png"},
    )
    return "%d outputs" % len(list(out))


def smoke_hf():
    from huggingface_hub import InferenceClient

    client = InferenceClient(token=os.environ.get("HF_TOKEN"))
    r = client.chat.completions.create(
        model="meta-llama/Llama-3.1-8B-Instruct",
        messages=[{"role": "user", "content": "Say OK"}],
        max_tokens=3,
    )
    return r.choices[0].message.content


SMOKES = {
    "openai": smoke_openai,
    "anthropic": smoke_anthropic,
    "google": smoke_google,
    "replicate": smoke_replicate,
    "huggingface": smoke_hf,
}


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("providers", nargs="*")
    parser.add_argument("--all", action="store_true")
    args = parser.parse_args()
    names = list(SMOKES) if args.all else args.providers
    if not names:
        parser.error("name providers or pass --all")
    failed = 0
    for name in names:
        start = time.time()
        try:
            result = SMOKES[name]()
            print("%-12s OK   %5.1fs  %r" % (name, time.time() - start, result))
        except Exception as exc:
            failed += 1
            print("%-12s FAIL %5.1fs  %s" % (name, time.time() - start, exc))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
