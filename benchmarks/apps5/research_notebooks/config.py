"""Paths, model names and knobs shared by the scripts in this repo."""
import os
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent
DATA_DIR = Path(os.environ.get("RESEARCH_DATA_DIR", REPO_ROOT / "data"))
OUTPUT_DIR = Path(os.environ.get("RESEARCH_OUTPUT_DIR", REPO_ROOT / "outputs"))
CACHE_DIR = Path(os.environ.get("RESEARCH_CACHE_DIR", REPO_ROOT / ".cache"))

for _d in (DATA_DIR, OUTPUT_DIR, CACHE_DIR):
    _d.mkdir(parents=True, exist_ok=True)

# --- model names -----------------------------------------------------------
OPENAI_CHAT_MODEL = os.environ.get("OPENAI_CHAT_MODEL", "gpt-4o-mini")
OPENAI_JUDGE_MODEL = "gpt-4.1"
OPENAI_EMBED_MODEL = "text-embedding-3-small"
ANTHROPIC_MODEL = "claude-3-5-sonnet-20241022"
ANTHROPIC_FAST_MODEL = "claude-3-5-haiku-20241022"
GEMINI_MODEL = "gemini-2.0-flash"
GEMINI_EMBED_MODEL = "text-embedding-004"
COHERE_EMBED_MODEL = "embed-english-v3.0"
COHERE_RERANK_MODEL = "rerank-english-v3.0"
MISTRAL_MODEL = "mistral-small-latest"
MISTRAL_EMBED_MODEL = "mistral-embed"
TOGETHER_MODEL = "meta-llama/Llama-3.3-70B-Instruct-Turbo"
TOGETHER_RERANK_MODEL = "Salesforce/Llama-Rank-V1"
GROQ_MODEL = "llama-3.1-8b-instant"
GROQ_WHISPER_MODEL = "whisper-large-v3-turbo"
HF_CHAT_MODEL = "meta-llama/Llama-3.1-8B-Instruct"
HF_EMBED_MODEL = "BAAI/bge-small-en-v1.5"
OLLAMA_MODEL = os.environ.get("OLLAMA_MODEL", "llama3.1:8b")
OLLAMA_EMBED_MODEL = "nomic-embed-text"

# local ollama daemon; on the GPU box it runs on a different port
OLLAMA_URL = os.environ.get("OLLAMA_URL", "http://localhost:11434")

# --- run knobs -------------------------------------------------------------
DEFAULT_TEMPERATURE = 0.0
MAX_WORKERS = int(os.environ.get("RESEARCH_MAX_WORKERS", "8"))
EMBED_BATCH_SIZE = 96
SEED = 1234

RESULTS_BUCKET = os.environ.get("RESULTS_BUCKET", "acme-research-results")
SLACK_WEBHOOK_URL = os.environ.get("SLACK_WEBHOOK_URL", "")
