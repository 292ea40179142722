from bot.eventsub.handler import EventSubHandler, setup_eventsub

__all__ = ["EventSubHandler", "setup_eventsub"]
