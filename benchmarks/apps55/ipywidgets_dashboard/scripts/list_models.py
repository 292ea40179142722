#!/usr/bin/env python
"""Print the models each configured key can see (for the ModelPicker fallback list)."""
from dashboard.llm import get_anthropic_client, get_genai_client, get_mistral_client, get_openai_client


def main():
    print("openai:", [m.id for m in get_openai_client().models.list()][:20])
    print("anthropic:", [m.id for m in get_anthropic_client().models.list()])
    print("gemini:", [m.name for m in get_genai_client().models.list()][:20])
    print("mistral:", [m.id for m in get_mistral_client().models.list().data])


if __name__ == "__main__":
    main()
