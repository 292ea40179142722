#!/usr/bin/env python
"""Pre-release smoke test: one tiny request per provider through the shared clients, to catch
SDK upgrades that break our usage before a weekly run burns an hour failing.

    python scripts/smoke_models.py --only openai anthropic
"""
import argparse
import sys
import time
import traceback

from evalharness.clients import (
    get_anthropic_client,
    get_genai_client,
    get_mistral_client,
    get_openai_client,
)

PROMPT = "Reply with the single word: pong"


def smoke_openai(model):
    stream = get_openai_client().chat.completions.create(
        model=model,
        messages=[{"role": "user", "content": PROMPT}],
        max_tokens=5,
        stream=True,
        stream_options={"include_usage": True},
    )
    text = []
    for chunk in stream:
        if chunk.choices and chunk.choices[0].delta.content:
            text.append(chunk.choices[0].delta.content)
    return "".join(text)


def smoke_anthropic(model):
    msg = get_anthropic_client().messages.create(
        model=model, max_tokens=5, messages=[{"role": "user", "content": PROMPT}]
    )
    return msg.content[0].text


def smoke_mistral(model):
    res = get_mistral_client().chat.complete(model=model, messages=[{"role": "user", "content": PROMPT}], max_tokens=5)
    return res.choices[0].message.content


def smoke_gemini(model):
    return get_genai_client().models.generate_content(model=model, contents=PROMPT).text


CHECKS = {
    "openai": (smoke_openai, "gpt-4o-mini"),
    "anthropic": (smoke_anthropic, "claude-haiku-4-5"),
    "mistral": (smoke_mistral, "mistral-small-latest"),
    "gemini": (smoke_gemini, "gemini-2.5-flash-lite"),
}


def main(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", nargs="*", choices=sorted(CHECKS))
    args = parser.parse_args(argv)

    failed = 0
    for name in args.only or CHECKS:
        fn, model = CHECKS[name]
        t0 = time.time()
        try:
            out = fn(model)
            print(f"[ok]   {name:10s} {model:28s} {time.time() - t0:5.1f}s  {out!r}")
        except Exception:
            failed += 1
            print(f"[FAIL] {name:10s} {model}")
            traceback.print_exc()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
