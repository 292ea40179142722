from supportstream.llm.registry import CHAT_BACKENDS, chat_with

__all__ = ["CHAT_BACKENDS", "chat_with"]
