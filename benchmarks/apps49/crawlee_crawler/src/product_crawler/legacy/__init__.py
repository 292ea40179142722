"""Pre-Crawlee code from the scrapy era. Being migrated to llm/ + tracked paths; do not extend."""
