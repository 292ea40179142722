import os

os.environ.setdefault("DOCPROC_ENV", "test")
os.environ.setdefault("DATABASE_URL", "sqlite+pysqlite:///:memory:")
os.environ.setdefault("OPENAI_API_KEY", "sk-test")
os.environ.setdefault("ANTHROPIC_API_KEY", "sk-ant-test")
os.environ.setdefault("VOYAGE_API_KEY", "pa-test")
os.environ.setdefault("COHERE_API_KEY", "co-test")
os.environ.setdefault("GEMINI_API_KEY", "gm-test")
