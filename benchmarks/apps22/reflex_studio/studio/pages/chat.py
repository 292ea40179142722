import reflex as rx

from studio.components import chat_bubble, model_picker, page_shell
from studio.state.chat import ChatState


def chat_page() -> rx.Component:
    return page_shell(
        rx.hstack(model_picker(), rx.button("Clear", variant="outline", on_click=ChatState.clear), width="100%"),
        rx.scroll_area(
            rx.vstack(
                rx.foreach(ChatState.messages, lambda m, i: chat_bubble(m, i)),
                width="100%",
                spacing="3",
            ),
            height="60vh",
            scrollbars="vertical",
        ),
        rx.cond(ChatState.error != "", rx.callout(ChatState.error, icon="triangle-alert", color_scheme="red")),
        rx.hstack(
            rx.foreach(
                ChatState.followups,
                lambda q: rx.badge(q, variant="surface", cursor="pointer", on_click=ChatState.set_draft(q)),
            ),
            wrap="wrap",
        ),
        rx.form(
            rx.hstack(
                rx.input(
                    name="question",
                    value=ChatState.draft,
                    on_change=ChatState.set_draft,
                    placeholder="Ask the copilot…",
                    width="100%",
                ),
                rx.button("Send", type="submit", loading=ChatState.streaming),
                width="100%",
            ),
            on_submit=ChatState.send,
            reset_on_submit=True,
            width="100%",
        ),
        title="Copilot",
    )
