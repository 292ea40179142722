"""Print which models each configured key can see. Handy when onboarding."""
from __future__ import annotations

from nbutils import clients


def main() -> None:
    print("== openai")
    for m in clients.get_openai_client().models.list():
        print("  ", m.id)
    print("== anthropic")
    for m in clients.get_anthropic_client().models.list(limit=50):
        print("  ", m.id)
    print("== gemini")
    for m in clients.get_genai_client().models.list():
        print("  ", m.name)
    print("== mistral")
    for m in clients.get_mistral_client().models.list().data:
        print("  ", m.id)


if __name__ == "__main__":
    main()
