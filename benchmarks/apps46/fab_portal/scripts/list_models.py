#!/usr/bin/env python
"""Print the model ids each configured provider exposes (no billable calls)."""
import os

import anthropic
import cohere
from mistralai import Mistral
from openai import OpenAI


def main():
    print("openai:", ", ".join(sorted(m.id for m in OpenAI().models.list())[:20]))
    print("anthropic:", ", ".join(m.id for m in anthropic.Anthropic().models.list()))
    co = cohere.ClientV2(api_key=os.environ["COHERE_API_KEY"])
    print("cohere:", ", ".join(m.name for m in co.models.list().models))
    mistral = Mistral(api_key=os.environ["MISTRAL_API_KEY"])
    print("mistral:", ", ".join(m.id for m in mistral.models.list().data))


if __name__ == "__main__":
    main()
