from assistant.memory.store import ConversationStore, Turn, get_store  # noqa: F401
