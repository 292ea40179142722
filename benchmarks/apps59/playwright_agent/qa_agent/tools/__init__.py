"""Browser tools the agent can call, keyed by action type."""
from qa_agent.tools.browser_tools import ToolError, assert_visible, click, fill, goto, hover, press, scroll, select, upload

TOOLS = {
    "click": click,
    "fill": fill,
    "goto": goto,
    "press": press,
    "scroll": scroll,
    "select": select,
    "hover": hover,
    "upload": upload,
    "assert_visible": assert_visible,
}

__all__ = ["TOOLS", "ToolError"]
