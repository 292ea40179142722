#!/usr/bin/env python3
"""Print the models each configured provider offers (no tokens spent)."""
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from src.clients import ClientPool  # noqa: E402
from src.config import settings_from_preferences  # noqa: E402
from src.models_catalog import available_models  # noqa: E402


def main():
    prefs = {
        "provider": "openai",
        "api_key": os.environ.get("OPENAI_API_KEY", ""),
        "anthropic_api_key": os.environ.get("ANTHROPIC_API_KEY", ""),
        "groq_api_key": os.environ.get("GROQ_API_KEY", ""),
        "mistral_api_key": os.environ.get("MISTRAL_API_KEY", ""),
    }
    pool = ClientPool(settings_from_preferences(prefs))
    for provider, models in available_models(pool).items():
        print(f"== {provider} ({len(models)})")
        for m in models:
            print("  ", m)


if __name__ == "__main__":
    main()
