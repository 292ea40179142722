#!/usr/bin/env python
"""Print the models each configured provider exposes."""
from zmq_workers.llm import get_anthropic_client, get_genai_client, get_openai_client, get_xai_client


def main() -> None:
    for m in get_openai_client().models.list():
        print("openai   ", m.id)
    for m in get_xai_client().models.list():
        print("xai      ", m.id)
    for m in get_anthropic_client().models.list(limit=50):
        print("anthropic", m.id)
    for m in get_genai_client().models.list():
        print("google   ", m.name)


if __name__ == "__main__":
    main()
