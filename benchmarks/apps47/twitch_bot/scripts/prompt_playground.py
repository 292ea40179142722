"""Try a prompt against Anthropic and Mistral side by side from the terminal.

    python scripts/prompt_playground.py "summarise: ..." --system "..."
"""
import argparse
import os
import time

from anthropic import Anthropic
from mistralai import Mistral


def run_anthropic(prompt: str, system: str) -> str:
    client = Anthropic()
    t0 = time.time()
    msg = client.messages.create(
        model="claude-3-5-haiku-latest",
        max_tokens=300,
        system=system,
        messages=[{"role": "user", "content": prompt}],
    )
    dt = time.time() - t0
    return f"{msg.content[0].text}\n  ({msg.usage.input_tokens}+{msg.usage.output_tokens} tok, {dt:.1f}s)"


def run_mistral(prompt: str, system: str) -> str:
    client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])
    out = []
    stream = client.chat.stream(
        model="mistral-small-latest",
        messages=[{"role": "system", "content": system}, {"role": "user", "content": prompt}],
        max_tokens=300,
    )
    for event in stream:
        delta = event.data.choices[0].delta.content
        if delta:
            out.append(delta)
            print(delta, end="", flush=True)
    print()
    return "".join(out)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("prompt")
    ap.add_argument("--system", default="You are a Twitch chat bot. Be brief.")
    ap.add_argument("--only", choices=["anthropic", "mistral"])
    args = ap.parse_args()
    if args.only in (None, "anthropic"):
        print("== anthropic ==")
        print(run_anthropic(args.prompt, args.system))
    if args.only in (None, "mistral"):
        print("== mistral ==")
        run_mistral(args.prompt, args.system)


if __name__ == "__main__":
    main()
