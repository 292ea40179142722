from termpal.widgets.message_list import MessageList
from termpal.widgets.prompt_input import PromptInput
from termpal.widgets.token_meter import TokenMeter

__all__ = ["MessageList", "PromptInput", "TokenMeter"]
