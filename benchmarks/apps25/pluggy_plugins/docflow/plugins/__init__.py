"""Built-in plugins.

Order matters for ``firstresult`` hooks: pluggy calls the most recently
registered implementation first, so the *last* entry here gets the first
chance to answer ``summarize``/``rerank``. The gateway plugin is last on
purpose: it routes through the tracked multi-model service.
"""

BUILTIN_PLUGINS: tuple[str, ...] = (
    "docflow.plugins.keyword_plugin",
    "docflow.plugins.ollama_plugin",
    "docflow.plugins.hf_plugin",
    "docflow.plugins.mistral_plugin",
    "docflow.plugins.voyage_plugin",
    "docflow.plugins.vertex_plugin",
    "docflow.plugins.anthropic_plugin",
    "docflow.plugins.openai_plugin",
    "docflow.plugins.gateway_plugin",
)
