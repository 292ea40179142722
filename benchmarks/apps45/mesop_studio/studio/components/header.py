import mesop as me

NAV = [
    ("/", "Playground"),
    ("/compare", "Compare"),
    ("/summarize", "Documents"),
    ("/images", "Images"),
    ("/history", "History"),
    ("/settings", "Settings"),
]


def _nav_click(e: me.ClickEvent):
    me.navigate(e.key)


@me.component
def header(title: str):
    with me.box(
        style=me.Style(
            display="flex",
            align_items="center",
            justify_content="space-between",
            padding=me.Padding.symmetric(vertical=12, horizontal=24),
            border=me.Border(bottom=me.BorderSide(width=1, color="#e0e0e0", style="solid")),
        )
    ):
        me.text(title, type="headline-5")
        with me.box(style=me.Style(display="flex", gap=8)):
            for path, label in NAV:
                me.button(label, key=path, on_click=_nav_click, type="stroked")


@me.content_component
def page_frame(title: str):
    header(title)
    with me.box(style=me.Style(padding=me.Padding.all(24), max_width=1200, margin=me.Margin.symmetric(horizontal="auto"))):
        me.slot()
