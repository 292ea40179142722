#!/usr/bin/env python
"""Print the models each configured provider exposes.  Handy when a model
name in settings stops resolving."""
from __future__ import annotations

from recruit_api.clients import (
    get_anthropic_client,
    get_openai_client,
    make_genai_client,
    make_mistral_client,
)
from recruit_api.config import Settings


def main() -> None:
    settings = Settings.from_env()
    print("# openai")
    for m in get_openai_client().models.list():
        print("  ", m.id)
    print("# anthropic")
    for m in get_anthropic_client().models.list():
        print("  ", m.id, m.display_name)
    print("# gemini")
    for m in make_genai_client(settings).models.list():
        print("  ", m.name)
    print("# mistral")
    for m in make_mistral_client(settings).models.list().data or []:
        print("  ", m.id)


if __name__ == "__main__":
    main()
