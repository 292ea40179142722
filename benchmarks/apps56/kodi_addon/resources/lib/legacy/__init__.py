# Legacy modules from the 0.x add-on (single-provider OpenAI). Kept for the
# "classic" context menu entries until they are ported to providers.complete().
