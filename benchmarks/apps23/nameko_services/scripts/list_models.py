#!/usr/bin/env python
"""Print the models each configured provider exposes (helps when bumping config.yaml)."""
from common import get_anthropic_client, get_mistral_client, get_openai_client
from common.registry import get_client


def main():
    print("== openai")
    for model in get_openai_client().models.list():
        print("  ", model.id)

    print("== anthropic")
    page = get_anthropic_client().models.list(limit=50)
    for model in page.data:
        print("  ", model.id, model.display_name)

    print("== mistral")
    for model in get_mistral_client().models.list().data or []:
        print("  ", model.id)

    print("== deepseek")
    for model in get_client("deepseek").models.list():
        print("  ", model.id)


if __name__ == "__main__":
    main()
