"""Code from the 0.x "clipboard-gpt" days. Being migrated to tray.llm; don't add to it."""
