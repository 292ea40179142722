import reflex as rx

from studio.state.base import StudioState

NAV = [
    ("Copilot", "/chat", "message-circle"),
    ("Copywriter", "/copy", "pen-line"),
    ("Image lab", "/images", "image"),
    ("Campaigns", "/campaigns", "megaphone"),
    ("SEO & localise", "/tools", "search"),
    ("Settings", "/settings", "settings"),
]


def nav_item(label: str, href: str, icon: str) -> rx.Component:
    return rx.link(
        rx.hstack(rx.icon(icon, size=16), rx.text(label, size="2"), spacing="2", align="center"),
        href=href,
        underline="none",
        width="100%",
        padding_x="0.75em",
        padding_y="0.5em",
        border_radius="8px",
        _hover={"background": rx.color("accent", 3)},
    )


def sidebar() -> rx.Component:
    return rx.cond(
        StudioState.sidebar_open,
        rx.vstack(
            rx.heading("Content Studio", size="4", padding="0.5em"),
            *[nav_item(*item) for item in NAV],
            rx.spacer(),
            rx.hstack(
                rx.avatar(fallback=StudioState.initials, size="2"),
                rx.text(StudioState.user_email, size="1", color_scheme="gray"),
            ),
            width="220px",
            height="100vh",
            padding="1em",
            border_right=f"1px solid {rx.color('gray', 5)}",
        ),
    )


def page_shell(*children: rx.Component, title: str = "") -> rx.Component:
    return rx.hstack(
        sidebar(),
        rx.vstack(
            rx.hstack(
                rx.icon_button(rx.icon("panel-left"), variant="ghost", on_click=StudioState.toggle_sidebar),
                rx.heading(title, size="6"),
                rx.spacer(),
                rx.cond(StudioState.busy_count > 0, rx.spinner()),
                rx.color_mode.button(),
                width="100%",
            ),
            *children,
            width="100%",
            padding="1.5em",
            spacing="4",
        ),
        align="start",
        spacing="0",
    )
