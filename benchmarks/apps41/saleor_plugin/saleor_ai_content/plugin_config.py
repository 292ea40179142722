from saleor.plugins.base_plugin import ConfigurationTypeField

PLUGIN_ID = "mirumee.ai_content"

PROVIDER_CHOICES = [
    ("openai", "OpenAI"),
    ("anthropic", "Anthropic"),
    ("together", "Together AI"),
]

SEARCH_BACKEND_CHOICES = [("cohere", "Cohere"), ("voyage", "Voyage AI")]

DEFAULT_CONFIGURATION = [
    {"name": "openai_api_key", "value": None},
    {"name": "anthropic_api_key", "value": None},
    {"name": "together_api_key", "value": None},
    {"name": "cohere_api_key", "value": None},
    {"name": "voyage_api_key", "value": None},
    {"name": "description_provider", "value": "openai"},
    {"name": "description_tone", "value": "friendly"},
    {"name": "generate_on_product_created", "value": True},
    {"name": "summarize_orders", "value": False},
    {"name": "checkout_upsell", "value": False},
    {"name": "search_backend", "value": "cohere"},
]

CONFIG_STRUCTURE = {
    "openai_api_key": {
        "type": ConfigurationTypeField.SECRET,
        "help_text": "OpenAI API key used for descriptions and moderation.",
        "label": "OpenAI API key",
    },
    "anthropic_api_key": {
        "type": ConfigurationTypeField.SECRET,
        "help_text": "Anthropic API key.",
        "label": "Anthropic API key",
    },
    "together_api_key": {
        "type": ConfigurationTypeField.SECRET,
        "help_text": "Together AI API key (checkout suggestions).",
        "label": "Together API key",
    },
    "cohere_api_key": {
        "type": ConfigurationTypeField.SECRET,
        "help_text": "Cohere API key (search embeddings and rerank).",
        "label": "Cohere API key",
    },
    "voyage_api_key": {
        "type": ConfigurationTypeField.SECRET,
        "help_text": "Voyage AI API key (alternative search backend).",
        "label": "Voyage API key",
    },
    "description_provider": {
        "type": ConfigurationTypeField.STRING,
        "help_text": "One of: openai, anthropic, together.",
        "label": "Description provider",
    },
    "description_tone": {
        "type": ConfigurationTypeField.STRING,
        "help_text": "Tone of generated copy.",
        "label": "Tone",
    },
    "generate_on_product_created": {
        "type": ConfigurationTypeField.BOOLEAN,
        "help_text": "Queue description generation when a product without description is created.",
        "label": "Generate on product create",
    },
    "summarize_orders": {
        "type": ConfigurationTypeField.BOOLEAN,
        "help_text": "Add a warehouse summary to new orders.",
        "label": "Summarize orders",
    },
    "checkout_upsell": {
        "type": ConfigurationTypeField.BOOLEAN,
        "help_text": "Store upsell suggestions on checkout metadata.",
        "label": "Checkout upsell",
    },
    "search_backend": {
        "type": ConfigurationTypeField.STRING,
        "help_text": "cohere or voyage",
        "label": "Search backend",
    },
}
