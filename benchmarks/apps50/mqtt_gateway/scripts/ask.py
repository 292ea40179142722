#!/usr/bin/env python3
"""Ask the gateway's assistant a question from the shell (on-call tool).

    python scripts/ask.py "why did boiler-2 trip at 03:10?"
    python scripts/ask.py --grok "..."
"""
from __future__ import annotations

import argparse
import asyncio
import os

from openai import OpenAI

from gateway.config import get_settings
from gateway.handlers.operator_qa import answer_blocking
from gateway.services import build_llm_bundle
from gateway.services.multi_model_service import TaskComplexity, multi_model_service


def ask_grok(question: str) -> str:
    grok = OpenAI(api_key=os.environ["XAI_API_KEY"], base_url="https://api.x.ai/v1")
    resp = grok.chat.completions.create(
        model="grok-2-latest",
        messages=[{"role": "user", "content": question}],
    )
    return resp.choices[0].message.content or ""


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("question")
    ap.add_argument("--grok", action="store_true")
    ap.add_argument("--tracked", action="store_true", help="go through multi_model_service")
    args = ap.parse_args()

    if args.grok:
        print(ask_grok(args.question))
    elif args.tracked:
        print(asyncio.run(multi_model_service.generate_response(
            prompt=args.question, task_type="cli_ask", complexity=TaskComplexity.SIMPLE
        )))
    else:
        userdata = {"settings": get_settings(), "llm": build_llm_bundle()}
        print(answer_blocking(userdata, args.question))


if __name__ == "__main__":
    main()
