"""
This is an optional file that defined app level settings such as:
- database settings
- session settings
- i18n settings
This file is provided as an example:
"""
import os

from py4web.core import required_folder

# mode (default or development)
MODE = os.environ.get("PY4WEB_MODE")

# db settings
APP_FOLDER = os.path.dirname(__file__)
APP_NAME = os.path.split(APP_FOLDER)[-1]
# DB_FOLDER:    Sets the place where migration files will be created
#               and is the store location for SQLite databases
DB_FOLDER = required_folder(APP_FOLDER, "databases")
DB_URI = os.environ.get("HELPDESK_DB_URI", "sqlite://storage.db")
DB_POOL_SIZE = 1
DB_MIGRATE = True
DB_FAKE_MIGRATE = False  # maybe?

# location where static files are stored:
STATIC_FOLDER = required_folder(APP_FOLDER, "static")

# location where to store uploaded files:
UPLOAD_FOLDER = required_folder(APP_FOLDER, "uploads")

# send verification email on registration
VERIFY_EMAIL = False

# complexity of the password 0: no constraints, 50: safe!, 100: very safe
PASSWORD_COMPLEXITY = {"entropy": 50}

# ticket grace period, in hours
TICKET_SLA_HOURS = {"P1": 4, "P2": 24, "P3": 72, "P4": 168}

# session settings
SESSION_TYPE = "cookies"
SESSION_SECRET_KEY = None  # or replace with your own secret
MEMCACHE_CLIENTS = ["127.0.0.1:11211"]
REDIS_SERVER = "localhost:6379"

# logger settings
LOGGERS = [
    "warning:stdout"
]  # syntax "severity:filename" filename can be stderr or stdout

# single sign on Google (will be used if provided)
OAUTH2GOOGLE_CLIENT_ID = None
OAUTH2GOOGLE_CLIENT_SECRET = None

# enable the scheduler
USE_SCHEDULER = True
SCHEDULER_MAX_CONCURRENT_RUNS = 4

# i18n settings
T_FOLDER = required_folder(APP_FOLDER, "translations")

# ---------------------------------------------------------------------------
# LLM settings (help-desk assistant)
# ---------------------------------------------------------------------------
OPENAI_MODEL = os.environ.get("HELPDESK_OPENAI_MODEL", "gpt-4o-mini")
OPENAI_SUMMARY_MODEL = os.environ.get("HELPDESK_SUMMARY_MODEL", "gpt-4.1-mini")
OPENAI_EMBED_MODEL = "text-embedding-3-small"
ANTHROPIC_MODEL = os.environ.get("HELPDESK_ANTHROPIC_MODEL", "claude-sonnet-4-20250514")
ANTHROPIC_FAST_MODEL = "claude-3-5-haiku-latest"
GEMINI_MODEL = os.environ.get("HELPDESK_GEMINI_MODEL", "gemini-2.0-flash")
VOYAGE_EMBED_MODEL = "voyage-3"
VOYAGE_RERANK_MODEL = "rerank-2"
TOGETHER_CLASSIFIER_MODEL = "meta-llama/Llama-3.3-70B-Instruct-Turbo"
TOGETHER_EMBED_MODEL = "togethercomputer/m2-bert-80M-8k-retrieval"

# which provider drafts replies by default ("anthropic", "openai", "gemini")
DRAFT_PROVIDER = os.environ.get("HELPDESK_DRAFT_PROVIDER", "anthropic")
LLM_TIMEOUT_SECONDS = 45
LLM_MAX_RETRIES = 2
KB_CHUNK_SIZE = 1200
KB_CHUNK_OVERLAP = 150

# try import private settings
try:
    from .settings_private import *
except (ImportError, ModuleNotFoundError):
    pass
