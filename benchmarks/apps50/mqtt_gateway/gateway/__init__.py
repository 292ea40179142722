"""Edge gateway: bridges plant MQTT traffic to LLM-backed helpers."""

__version__ = "0.7.3"
