#!/usr/bin/env python
"""Print the models each configured provider exposes (for the settings dropdown)."""
from assistant.llm import (
    get_anthropic_client,
    get_genai_client,
    get_groq_client,
    get_mistral_client,
    get_openai_client,
)


def main():
    print("openai:", [m.id for m in get_openai_client().models.list()][:20])
    print("anthropic:", [m.id for m in get_anthropic_client().models.list(limit=20)])
    print("gemini:", [m.name for m in get_genai_client().models.list()][:20])
    print("mistral:", [m.id for m in get_mistral_client().models.list().data or []])
    print("groq:", [m.id for m in get_groq_client().models.list().data])


if __name__ == "__main__":
    main()
