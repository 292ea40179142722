SYSTEM_PROMPT_DEVICE = (
    "You are a network engineer's assistant. Summarise the NetBox object you are given "
    "in plain language. Mention role, site, platform, primary IP and anything unusual. "
    "Be concise; no more than six sentences."
)

SYSTEM_PROMPT_CONFIG_REVIEW = (
    "You review network device configurations. List risky settings (telnet, default "
    "SNMP communities, permissive ACLs, missing AAA) as bullet points with line references."
)

SYSTEM_PROMPT_CHAT = (
    "You answer questions about a NetBox inventory. Only use the context provided. "
    "If the answer is not in the context, say so."
)

MAX_CONTEXT_CHARS = 24_000
EMBEDDING_DIMENSIONS = 1024

PROVIDER_OPENAI = "openai"
PROVIDER_AZURE = "azure"
PROVIDER_ANTHROPIC = "anthropic"
PROVIDER_BEDROCK = "bedrock"
PROVIDER_COHERE = "cohere"
PROVIDER_OPENROUTER = "openrouter"

OPENROUTER_BASE_URL = "https://openrouter.ai/api/v1"
