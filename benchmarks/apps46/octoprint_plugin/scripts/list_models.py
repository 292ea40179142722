#!/usr/bin/env python3
"""Print the models each configured provider offers (used to refresh the
dropdowns in the settings template). Reads keys from the environment."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))

from octoprint_aiassist.llm import clients  # noqa: E402


def main():
    if os.environ.get("OPENAI_API_KEY"):
        oa = clients.get_openai_client(os.environ["OPENAI_API_KEY"])
        print("openai:", sorted(m.id for m in oa.models.list() if m.id.startswith(("gpt-", "o"))))
    if os.environ.get("ANTHROPIC_API_KEY"):
        an = clients.get_anthropic_client(os.environ["ANTHROPIC_API_KEY"])
        print("anthropic:", [m.id for m in an.models.list(limit=50)])
    if os.environ.get("GEMINI_API_KEY"):
        gc = clients.get_genai_client(os.environ["GEMINI_API_KEY"])
        print("google:", [m.name for m in gc.models.list() if "generateContent" in (m.supported_actions or [])])
    if os.environ.get("OPENROUTER_API_KEY"):
        orc = clients.get_openrouter_client(os.environ["OPENROUTER_API_KEY"])
        print("openrouter:", len(list(orc.models.list())), "models")
    try:
        ol = clients.get_ollama_client(os.environ.get("OLLAMA_HOST"))
        print("ollama:", [m.model for m in ol.list().models])
    except Exception as exc:
        print("ollama: unavailable ({})".format(exc))


if __name__ == "__main__":
    main()
