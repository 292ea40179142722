import reflex as rx

from studio.state.chat import ChatState


def chat_bubble(message: dict, index: int) -> rx.Component:
    is_user = message["role"] == "user"
    return rx.box(
        rx.markdown(message["content"]),
        rx.cond(
            ~is_user,
            rx.hstack(
                rx.button("Shorter", size="1", variant="soft", on_click=ChatState.quick_rewrite(index, "shorter")),
                rx.button("Punchier", size="1", variant="soft", on_click=ChatState.quick_rewrite(index, "punchier")),
                rx.button(
                    rx.icon("copy", size=12),
                    size="1",
                    variant="ghost",
                    on_click=rx.set_clipboard(message["content"]),
                ),
                spacing="2",
                padding_top="0.5em",
            ),
        ),
        background=rx.cond(is_user, rx.color("accent", 3), rx.color("gray", 2)),
        align_self=rx.cond(is_user, "flex-end", "flex-start"),
        max_width="75%",
        padding="0.75em 1em",
        border_radius="12px",
    )


def model_picker() -> rx.Component:
    return rx.select.root(
        rx.select.trigger(placeholder="Model"),
        rx.select.content(
            rx.foreach(
                ChatState.model_options,
                lambda opt: rx.select.item(opt["label"], value=opt["value"]),
            )
        ),
        value=ChatState.model_choice,
        on_change=ChatState.set_model_choice,
        size="2",
    )


def image_card(url: rx.Var, on_describe, on_remix, alt: rx.Var | str = "") -> rx.Component:
    return rx.card(
        rx.image(src=url, alt=alt, width="100%", border_radius="6px"),
        rx.hstack(
            rx.button("Alt text", size="1", on_click=on_describe),
            rx.button("Remix", size="1", variant="soft", on_click=on_remix),
            rx.link(rx.icon("download", size=14), href=url, is_external=True),
            spacing="2",
            padding_top="0.5em",
        ),
        width="260px",
    )


def progress_panel(pct: rx.Var, label: rx.Var | str) -> rx.Component:
    return rx.vstack(
        rx.text(label, size="2"),
        rx.progress(value=pct, width="100%"),
        width="100%",
    )
