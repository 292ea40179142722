import mesop as me

from studio.state import ChatMessage

_ROLE_COLORS = {"user": "#e3f2fd", "assistant": "#f5f5f5", "system": "#fff8e1"}


@me.component
def chat_bubble(message: ChatMessage):
    with me.box(
        style=me.Style(
            background=_ROLE_COLORS.get(message.role, "#fff"),
            border_radius=12,
            padding=me.Padding.all(12),
            margin=me.Margin(bottom=8),
        )
    ):
        with me.box(style=me.Style(display="flex", justify_content="space-between")):
            me.text(message.role.upper(), type="caption")
            if message.model:
                me.text(message.model, type="caption")
        me.markdown(message.content or ("…" if message.in_progress else ""))


@me.component
def chat_panel(messages: list[ChatMessage], in_progress: bool = False):
    with me.box(style=me.Style(height="60vh", overflow_y="auto")):
        for m in messages:
            chat_bubble(m)
        if in_progress:
            me.progress_spinner()
