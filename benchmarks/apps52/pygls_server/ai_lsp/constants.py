SERVER_NAME = "ai-lsp"
SERVER_VERSION = "v0.3"

CMD_EXPLAIN = "ai.explain"
CMD_GENERATE_DOCSTRING = "ai.generateDocstring"
CMD_DRAFT_COMMIT = "ai.draftCommitMessage"
CMD_REFACTOR = "ai.refactorSelection"
CMD_REINDEX = "ai.reindexWorkspace"
CMD_SWITCH_BACKEND = "ai.switchBackend"

DEFAULT_OPENAI_MODEL = "gpt-4o-mini"
DEFAULT_ANTHROPIC_MODEL = "claude-3-5-sonnet-20241022"
DEFAULT_CODESTRAL_MODEL = "codestral-latest"
DEFAULT_OLLAMA_MODEL = "qwen2.5-coder:7b"
DEFAULT_FIREWORKS_MODEL = "accounts/fireworks/models/qwen2p5-coder-32b-instruct"
FIREWORKS_BASE_URL = "https://api.fireworks.ai/inference/v1"

MAX_PREFIX_CHARS = 6000
MAX_SUFFIX_CHARS = 2000
