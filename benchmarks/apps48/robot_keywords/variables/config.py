"""Robot variable file: `robot --variablefile variables/config.py:staging`."""
import os

ENVIRONMENTS = {
    "local": {"BASE_URL": "http://localhost:3000", "CHATBOT_URL": "http://localhost:8080"},
    "staging": {
        "BASE_URL": "https://app.staging.example.com",
        "CHATBOT_URL": "https://assistant.staging.example.com",
    },
}


def get_variables(env: str = "local") -> dict:
    values = dict(ENVIRONMENTS[env])
    values.update(
        {
            "JUDGE_PROVIDER": os.getenv("QA_JUDGE_PROVIDER", "anthropic"),
            "MIN_JUDGE_SCORE": int(os.getenv("QA_MIN_JUDGE_SCORE", "7")),
            "TARGET_LANGUAGES": ["de", "fr", "es", "ja"],
            "BROWSER": os.getenv("BROWSER", "chromium"),
        }
    )
    return values
