"""Exceptions shared across the assistant."""


class AssistantError(Exception):
    """Base class for errors we surface to Slack users."""

    user_message = "Sorry, something went wrong on my side."

    def __init__(self, message: str = "", *, user_message: str = ""):
        super().__init__(message or self.user_message)
        if user_message:
            self.user_message = user_message


class ToolError(AssistantError):
    user_message = "One of my tools failed. Try again in a minute?"


class ToolNotFound(ToolError):
    pass


class ProviderUnavailable(AssistantError):
    user_message = "The model provider is having trouble right now."


class AgentLoopExceeded(AssistantError):
    user_message = "That took too many steps, so I stopped. Could you narrow the question?"


class MemoryBackendError(AssistantError):
    user_message = "I couldn't load the conversation history."
