# Private settings: keys are read from the environment in production.
# DO NOT COMMIT real secrets to this file.
import os

SESSION_SECRET_KEY = os.environ.get("HELPDESK_SESSION_SECRET", "dev-only-not-a-secret")

OPENAI_API_KEY = os.environ.get("OPENAI_API_KEY")
ANTHROPIC_API_KEY = os.environ.get("ANTHROPIC_API_KEY")
GEMINI_API_KEY = os.environ.get("GEMINI_API_KEY")
VOYAGE_API_KEY = os.environ.get("VOYAGE_API_KEY")
TOGETHER_API_KEY = os.environ.get("TOGETHER_API_KEY")

# Azure tenant used by the EU deployment (optional)
AZURE_OPENAI_ENDPOINT = os.environ.get("AZURE_OPENAI_ENDPOINT")
AZURE_OPENAI_API_KEY = os.environ.get("AZURE_OPENAI_API_KEY")
AZURE_OPENAI_API_VERSION = "2024-10-21"
AZURE_OPENAI_DEPLOYMENT = os.environ.get("AZURE_OPENAI_DEPLOYMENT", "helpdesk-gpt4o")

SMTP_SERVER = os.environ.get("SMTP_SERVER")
SMTP_SENDER = "helpdesk@example.internal"
SMTP_LOGIN = os.environ.get("SMTP_LOGIN")
