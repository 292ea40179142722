"""AI Menubar - clipboard and calendar assistant for the macOS menu bar."""

__version__ = "0.7.2"
APP_NAME = "AI Menubar"
