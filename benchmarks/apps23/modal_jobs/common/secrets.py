import modal

ANTHROPIC_SECRET = modal.Secret.from_name("anthropic-api")
OPENAI_SECRET = modal.Secret.from_name("openai-api")
GEMINI_SECRET = modal.Secret.from_name("gemini-api")
REPLICATE_SECRET = modal.Secret.from_name("replicate-api")
XAI_SECRET = modal.Secret.from_name("xai-api")
GROQ_SECRET = modal.Secret.from_name("groq-api")
AWS_SECRET = modal.Secret.from_name("aws-bedrock")
DB_SECRET = modal.Secret.from_name("media-db")

ALL_LLM_SECRETS = [
    ANTHROPIC_SECRET,
    OPENAI_SECRET,
    GEMINI_SECRET,
    REPLICATE_SECRET,
    XAI_SECRET,
    GROQ_SECRET,
    AWS_SECRET,
]
