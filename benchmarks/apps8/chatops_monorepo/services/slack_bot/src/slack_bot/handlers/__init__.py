# Importing the modules registers their commands with botkit.registry.
from slack_bot.handlers import ask, image, incident, search, summarize  # noqa: F401
