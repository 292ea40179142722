"""Topic names for the pubsub bus that carries requests between panels."""
from pubsub import pub

TOPIC_CHAT_REQUEST = "chat.request"
TOPIC_CHAT_REPLY = "chat.reply"
TOPIC_SUMMARIZE = "notes.summarize"
TOPIC_SUMMARY_READY = "notes.summary_ready"
TOPIC_RESEARCH_START = "research.start"
TOPIC_RESEARCH_STEP = "research.step"
TOPIC_RESEARCH_DONE = "research.done"
TOPIC_STATUS = "app.status"
TOPIC_PLUGIN_RUN = "plugins.run"
TOPIC_PLUGIN_RESULT = "plugins.result"
TOPIC_SETTINGS_CHANGED = "settings.changed"


def status(message: str, field: int = 0) -> None:
    """Convenience for posting a status-bar message from anywhere (UI thread only)."""
    pub.sendMessage(TOPIC_STATUS, message=message, field=field)


def publish(topic: str, **payload) -> None:
    pub.sendMessage(topic, **payload)
