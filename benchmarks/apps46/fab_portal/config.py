import os

from flask_appbuilder.security.manager import AUTH_DB, AUTH_OAUTH

basedir = os.path.abspath(os.path.dirname(__file__))

SECRET_KEY = os.environ.get("PORTAL_SECRET_KEY", "\2\1thisismyscretkey\1\2\e\y\y\h")

SQLALCHEMY_DATABASE_URI = os.environ.get(
    "PORTAL_DATABASE_URI", "sqlite:///" + os.path.join(basedir, "app.db")
)
SQLALCHEMY_TRACK_MODIFICATIONS = False

CSRF_ENABLED = True

APP_NAME = "Knowledge Portal"
APP_THEME = ""

AUTH_TYPE = AUTH_OAUTH if os.environ.get("PORTAL_OAUTH") else AUTH_DB
AUTH_ROLE_ADMIN = "Admin"
AUTH_ROLE_PUBLIC = "Public"
AUTH_USER_REGISTRATION = True
AUTH_USER_REGISTRATION_ROLE = "Agent"

OAUTH_PROVIDERS = [
    {
        "name": "google",
        "icon": "fa-google",
        "token_key": "access_token",
        "remote_app": {
            "client_id": os.environ.get("GOOGLE_OAUTH_CLIENT_ID"),
            "client_secret": os.environ.get("GOOGLE_OAUTH_CLIENT_SECRET"),
            "api_base_url": "https://www.googleapis.com/oauth2/v2/",
            "client_kwargs": {"scope": "email profile"},
            "access_token_url": "https://accounts.google.com/o/oauth2/token",
            "authorize_url": "https://accounts.google.com/o/oauth2/auth",
        },
    }
]

LANGUAGES = {
    "en": {"flag": "gb", "name": "English"},
    "de": {"flag": "de", "name": "German"},
}

# --- Redis / RQ -----------------------------------------------------------
REDIS_URL = os.environ.get("REDIS_URL", "redis://localhost:6379/0")
RQ_QUEUES = ["default", "ai", "low"]
RQ_DEFAULT_TIMEOUT = 600

# --- AI providers -----------------------------------------------------------
OPENAI_API_KEY = os.environ.get("OPENAI_API_KEY")
OPENAI_ORG_ID = os.environ.get("OPENAI_ORG_ID")
AZURE_OPENAI_ENDPOINT = os.environ.get("AZURE_OPENAI_ENDPOINT")
AZURE_OPENAI_API_KEY = os.environ.get("AZURE_OPENAI_API_KEY")
AZURE_OPENAI_API_VERSION = os.environ.get("AZURE_OPENAI_API_VERSION", "2024-10-21")
ANTHROPIC_API_KEY = os.environ.get("ANTHROPIC_API_KEY")
GEMINI_API_KEY = os.environ.get("GEMINI_API_KEY")
COHERE_API_KEY = os.environ.get("COHERE_API_KEY")
MISTRAL_API_KEY = os.environ.get("MISTRAL_API_KEY")

AI_DEFAULT_PROVIDER = os.environ.get("AI_DEFAULT_PROVIDER", "openai")
AI_MODELS = {
    "summary": "gpt-4o-mini",
    "summary_long": "claude-3-5-sonnet-latest",
    "draft": "claude-3-5-haiku-latest",
    "classify": "mistral-small-latest",
    "embed": "embed-english-v3.0",
    "rerank": "rerank-english-v3.0",
    "gemini": "gemini-2.0-flash",
    "moderation": "omni-moderation-latest",
}
AI_MAX_INPUT_CHARS = int(os.environ.get("AI_MAX_INPUT_CHARS", "24000"))
AI_REQUEST_TIMEOUT = float(os.environ.get("AI_REQUEST_TIMEOUT", "60"))
AI_USE_AZURE = bool(os.environ.get("AI_USE_AZURE"))

# Feature flags
FEATURE_GEMINI_TAGGING = os.environ.get("FEATURE_GEMINI_TAGGING", "1") == "1"
FEATURE_TRACKED_DRAFTS = os.environ.get("FEATURE_TRACKED_DRAFTS", "0") == "1"

TWILIO_ACCOUNT_SID = os.environ.get("TWILIO_ACCOUNT_SID")
TWILIO_AUTH_TOKEN = os.environ.get("TWILIO_AUTH_TOKEN")
TWILIO_FROM_NUMBER = os.environ.get("TWILIO_FROM_NUMBER")
