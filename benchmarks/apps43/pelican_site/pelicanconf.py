AUTHOR = "The Fieldnotes Team"
SITENAME = "Fieldnotes"
SITEURL = ""

PATH = "content"
TIMEZONE = "Europe/Berlin"
DEFAULT_LANG = "en"

FEED_ALL_ATOM = None
CATEGORY_FEED_ATOM = None
TRANSLATION_FEED_ATOM = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None

THEME = "themes/fieldnotes"
STATIC_PATHS = ["images", "extra/robots.txt"]
EXTRA_PATH_METADATA = {"extra/robots.txt": {"path": "robots.txt"}}

DEFAULT_PAGINATION = 10
RELATIVE_URLS = True

# ---------------------------------------------------------------------------
# Plugins
# ---------------------------------------------------------------------------
# Namespace plugins under pelican/plugins/ are discovered automatically once the
# repo root is on sys.path; llm_common lives under plugins/ (PLUGIN_PATHS).
PLUGIN_PATHS = ["plugins", "."]
PLUGINS = [
    "pelican.plugins.ai_summary",
    "pelican.plugins.ai_alt_text",
    "pelican.plugins.ai_tags",
    "pelican.plugins.ai_translate",
    "pelican.plugins.related_posts_ai",
    "pelican.plugins.social_cards",
]

# ---------------------------------------------------------------------------
# LLM settings (read by plugins/llm_common/settings.py)
# ---------------------------------------------------------------------------
LLM_ENABLED = True
LLM_CACHE_DIR = ".llm-cache"
LLM_CACHE_TTL_DAYS = 90
LLM_DRY_RUN = False

LLM_OPENAI_MODEL = "gpt-4o-mini"
LLM_OPENAI_VISION_MODEL = "gpt-4o"
LLM_OPENAI_EMBED_MODEL = "text-embedding-3-small"
LLM_OPENAI_BASE_URL = None

LLM_ANTHROPIC_MODEL = "claude-3-5-haiku-latest"
LLM_ANTHROPIC_MAX_TOKENS = 1024

LLM_GEMINI_MODEL = "gemini-2.0-flash"
LLM_GEMINI_VERTEX = False
LLM_GEMINI_PROJECT = None
LLM_GEMINI_LOCATION = "europe-west4"

LLM_VOYAGE_MODEL = "voyage-3"
LLM_VOYAGE_RERANK_MODEL = "rerank-2"

LLM_HF_TOKEN_ENV = "HF_TOKEN"
LLM_HF_CAPTION_MODEL = "Salesforce/blip-image-captioning-large"
LLM_HF_TRANSLATION_MODEL = "Helsinki-NLP/opus-mt-en-de"
LLM_HF_IMAGE_MODEL = "black-forest-labs/FLUX.1-schnell"
LLM_HF_CHAT_MODEL = "meta-llama/Llama-3.1-8B-Instruct"

# Per-plugin knobs
AI_SUMMARY_BACKEND = "openai"           # openai | anthropic | tracked
AI_SUMMARY_MAX_WORDS = 60
AI_ALT_TEXT_BACKEND = "gemini"          # openai | gemini | hf
AI_TAGS_MAX = 6
AI_TRANSLATE_LANGS = ["de", "fr"]
AI_TRANSLATE_BACKEND = "gemini"         # gemini | openai | hf
RELATED_POSTS_MAX = 4
RELATED_POSTS_RERANK = True
SOCIAL_CARDS_BACKEND = "hf"             # hf | openai
