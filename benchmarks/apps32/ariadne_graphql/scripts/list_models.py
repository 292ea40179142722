#!/usr/bin/env python
"""Print the models each configured provider exposes (no generation calls)."""
from __future__ import annotations

import anthropic
import cohere
from groq import Groq
from openai import OpenAI

from kb_api.settings import get_settings


def main() -> None:
    s = get_settings()
    print("openai:", sorted(m.id for m in OpenAI(api_key=s.openai_api_key).models.list())[:20])
    print("deepseek:", [m.id for m in OpenAI(api_key=s.deepseek_api_key, base_url=s.deepseek_base_url).models.list()])
    print("anthropic:", [m.id for m in anthropic.Anthropic(api_key=s.anthropic_api_key).models.list(limit=20)])
    print("groq:", [m.id for m in Groq(api_key=s.groq_api_key).models.list().data])
    co = cohere.ClientV2(api_key=s.cohere_api_key)
    print("cohere:", [m.name for m in co.models.list(page_size=20).models])


if __name__ == "__main__":
    main()
