"""wx research assistant."""

__version__ = "0.9.3"
APP_NAME = "ResearchAssistant"
VENDOR_NAME = "LabTools"
