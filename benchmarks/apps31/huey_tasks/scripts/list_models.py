#!/usr/bin/env python
"""Print the models each configured provider exposes to our keys."""
from newsletter.providers import (
    get_anthropic_client,
    get_cohere_client,
    get_mistral_client,
    get_openai_client,
)


def main():
    print("openai:")
    for m in get_openai_client().models.list():
        print("  ", m.id)
    print("anthropic:")
    for m in get_anthropic_client().models.list(limit=50):
        print("  ", m.id)
    print("mistral:")
    for m in get_mistral_client().models.list().data or []:
        print("  ", m.id)
    print("cohere:")
    for m in get_cohere_client().models.list(page_size=50).models:
        print("  ", m.name)


if __name__ == "__main__":
    main()
