default_app_config = "ai.apps.AiConfig"
