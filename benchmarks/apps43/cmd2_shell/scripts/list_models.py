#!/usr/bin/env python
"""Print the models each configured provider exposes (handy when editing ~/.querysh.toml)."""
from querysh.backends import get_gemini_client, get_openai_client, make_cohere_client
from querysh.config import load_settings


def main():
    settings = load_settings()
    print("openai:")
    for model in get_openai_client(settings.key_for("openai")).models.list():
        print("  ", model.id)
    print("gemini:")
    for model in get_gemini_client(settings.key_for("gemini")).models.list():
        print("  ", model.name)
    print("cohere:")
    for model in make_cohere_client(settings.key_for("cohere")).models.list().models:
        print("  ", model.name)


if __name__ == "__main__":
    main()
