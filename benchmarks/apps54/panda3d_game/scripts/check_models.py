"""Print which models are reachable with the current keys (no generation)."""
import sys
from pathlib import Path

import ollama

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from ai import get_anthropic_client, get_genai_client, get_groq_client, get_openai_client  # noqa: E402
from ai.costs import calculate_cost  # noqa: E402


def main() -> None:
    print("openai:", [m.id for m in get_openai_client().models.list()][:10])
    print("anthropic:", [m.id for m in get_anthropic_client().models.list(limit=20)])
    print("groq:", [m.id for m in get_groq_client().models.list().data])
    print("google:", [m.name for m in get_genai_client().models.list()][:10])
    try:
        print("ollama:", [m.model for m in ollama.list().models])
        print(ollama.show("llama3.2").modelinfo.get("general.parameter_count"))
    except Exception as exc:  # noqa: BLE001
        print("ollama: unavailable", exc)
    print("sample cost (1k in / 200 out, haiku): $%.5f" % calculate_cost("claude-3-5-haiku-latest", 1000, 200))


if __name__ == "__main__":
    main()
