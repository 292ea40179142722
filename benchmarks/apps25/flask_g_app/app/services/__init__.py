"""Domain services.  Most take their LLM client from app.llm; a few older
ones still build their own (translation) - do not copy that pattern."""
