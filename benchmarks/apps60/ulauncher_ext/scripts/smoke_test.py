#!/usr/bin/env python3
"""Release smoke test: one tiny request per SDK so we notice breaking SDK upgrades."""
import os
import sys

import anthropic
from groq import Groq
from mistralai import Mistral
from openai import OpenAI

PROMPT = "Reply with the single word: pong"


def main() -> int:
    failures = 0
    if os.environ.get("OPENAI_API_KEY"):
        oai = OpenAI()
        r = oai.responses.create(model="gpt-4o-mini", input=PROMPT)
        print("openai:", r.output_text)
    if os.environ.get("ANTHROPIC_API_KEY"):
        claude = anthropic.Anthropic()
        m = claude.messages.create(model="claude-3-5-haiku-latest", max_tokens=10,
                                   messages=[{"role": "user", "content": PROMPT}])
        print("anthropic:", m.content[0].text)
    if os.environ.get("GROQ_API_KEY"):
        g = Groq().chat.completions.create(model="llama-3.1-8b-instant",
                                           messages=[{"role": "user", "content": PROMPT}])
        print("groq:", g.choices[0].message.content)
    if os.environ.get("MISTRAL_API_KEY"):
        with Mistral(api_key=os.environ["MISTRAL_API_KEY"]) as mistral:
            res = mistral.chat.complete(model="mistral-small-latest",
                                        messages=[{"role": "user", "content": PROMPT}])
            print("mistral:", res.choices[0].message.content)
    if os.environ.get("PPLX_API_KEY"):
        pplx = OpenAI(api_key=os.environ["PPLX_API_KEY"], base_url="https://api.perplexity.ai")
        p = pplx.chat.completions.create(model="sonar", messages=[{"role": "user", "content": PROMPT}])
        print("perplexity:", p.choices[0].message.content)
    return failures


if __name__ == "__main__":
    sys.exit(main())
