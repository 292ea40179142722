import os


def _bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.lower() in ("1", "true", "yes", "on")


class BaseConfig:
    SECRET_KEY = os.environ.get("SECRET_KEY", "dev-not-secret")
    SQLALCHEMY_DATABASE_URI = os.environ.get(
        "DATABASE_URL", "postgresql+psycopg2://newsroom:newsroom@localhost:5432/newsroom"
    )
    SQLALCHEMY_TRACK_MODIFICATIONS = False
    SQLALCHEMY_ENGINE_OPTIONS = {"pool_pre_ping": True, "pool_size": 10}

    REDIS_URL = os.environ.get("REDIS_URL", "redis://localhost:6379/0")
    RQ_QUEUES = ["enrichment", "media", "batch", "default"]
    RQ_DEFAULT_TIMEOUT = 600

    AWS_REGION = os.environ.get("AWS_REGION", "eu-west-1")
    MEDIA_BUCKET = os.environ.get("MEDIA_BUCKET", "newsroom-media-dev")
    MEDIA_CDN_BASE = os.environ.get("MEDIA_CDN_BASE", "https://cdn.dev.newsroom.local")

    # --- AI providers -------------------------------------------------
    OPENAI_API_KEY = os.environ.get("OPENAI_API_KEY")
    OPENAI_ORG_ID = os.environ.get("OPENAI_ORG_ID")
    OPENAI_CHAT_MODEL = os.environ.get("OPENAI_CHAT_MODEL", "gpt-4o-mini")
    OPENAI_VISION_MODEL = "gpt-4o"
    OPENAI_EMBEDDING_MODEL = "text-embedding-3-small"
    OPENAI_TRANSCRIBE_MODEL = "whisper-1"
    OPENAI_TTS_MODEL = "tts-1"
    OPENAI_TTS_VOICE = "alloy"
    OPENAI_IMAGE_MODEL = "dall-e-3"

    ANTHROPIC_API_KEY = os.environ.get("ANTHROPIC_API_KEY")
    ANTHROPIC_MODEL = os.environ.get("ANTHROPIC_MODEL", "claude-3-5-sonnet-20241022")
    ANTHROPIC_FAST_MODEL = "claude-3-5-haiku-20241022"

    GROQ_API_KEY = os.environ.get("GROQ_API_KEY")
    GROQ_MODEL = "llama-3.1-8b-instant"
    GROQ_WHISPER_MODEL = "whisper-large-v3-turbo"

    TOGETHER_API_KEY = os.environ.get("TOGETHER_API_KEY")
    TOGETHER_MODEL = "meta-llama/Llama-3.3-70B-Instruct-Turbo"
    TOGETHER_EMBEDDING_MODEL = "BAAI/bge-large-en-v1.5"
    TOGETHER_RERANK_MODEL = "Salesforce/Llama-Rank-v1"
    TOGETHER_IMAGE_MODEL = "black-forest-labs/FLUX.1-schnell"

    BEDROCK_REGION = os.environ.get("BEDROCK_REGION", "us-east-1")
    BEDROCK_TRANSLATE_MODEL = "anthropic.claude-3-haiku-20240307-v1:0"
    BEDROCK_CAPTION_MODEL = "anthropic.claude-3-5-sonnet-20240620-v1:0"
    BEDROCK_WRITER_MODEL = "meta.llama3-1-70b-instruct-v1:0"
    BEDROCK_BATCH_ROLE_ARN = os.environ.get("BEDROCK_BATCH_ROLE_ARN")
    BEDROCK_BATCH_BUCKET = os.environ.get("BEDROCK_BATCH_BUCKET", "newsroom-bedrock-batch")

    HF_TOKEN = os.environ.get("HF_TOKEN")
    HF_CAPTION_MODEL = "Salesforce/blip-image-captioning-large"
    HF_ZERO_SHOT_MODEL = "facebook/bart-large-mnli"
    HF_ASR_MODEL = "openai/whisper-large-v3"
    HF_TRANSLATION_MODELS = {
        ("en", "de"): "Helsinki-NLP/opus-mt-en-de",
        ("en", "fr"): "Helsinki-NLP/opus-mt-en-fr",
        ("en", "es"): "Helsinki-NLP/opus-mt-en-es",
    }

    DEEPL_API_KEY = os.environ.get("DEEPL_API_KEY")
    DEEPL_API_URL = os.environ.get("DEEPL_API_URL", "https://api-free.deepl.com/v2/translate")

    SLACK_FACTCHECK_WEBHOOK = os.environ.get("SLACK_FACTCHECK_WEBHOOK")

    HEADLINE_PROVIDER = os.environ.get("HEADLINE_PROVIDER", "openai")
    TRANSCRIPTION_BACKEND = os.environ.get("TRANSCRIPTION_BACKEND", "groq")

    AI_FEATURES = {
        "headlines": _bool("AI_HEADLINES", True),
        "summaries": _bool("AI_SUMMARIES", True),
        "tagging": _bool("AI_TAGGING", True),
        "translation": _bool("AI_TRANSLATION", True),
        "captions": _bool("AI_CAPTIONS", True),
        "transcription": _bool("AI_TRANSCRIPTION", True),
        "factcheck": _bool("AI_FACTCHECK", False),
        "illustrations": _bool("AI_ILLUSTRATIONS", False),
        "audio_articles": _bool("AI_AUDIO_ARTICLES", False),
    }


class DevelopmentConfig(BaseConfig):
    DEBUG = True


class TestingConfig(BaseConfig):
    TESTING = True
    SQLALCHEMY_DATABASE_URI = "sqlite:///:memory:"
    REDIS_URL = "redis://localhost:6379/15"


class ProductionConfig(BaseConfig):
    SQLALCHEMY_ENGINE_OPTIONS = {"pool_pre_ping": True, "pool_size": 20, "max_overflow": 10}


config_by_name = {
    "development": DevelopmentConfig,
    "testing": TestingConfig,
    "production": ProductionConfig,
}
