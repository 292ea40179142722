from fasthtml.common import A, Container, Div, Footer, Li, Main, Nav, P, Strong, Title, Ul


def nav_bar(user: str | None = None):
    links = [
        Li(A("Proposals", href="/")),
        Li(A("Clients", href="/clients")),
        Li(A("Images", href="/images")),
        Li(A("Costs", href="/admin/costs")),
    ]
    right = [Li(Strong(user)), Li(A("Log out", href="/logout"))] if user else [Li(A("Log in", href="/login"))]
    return Nav(Ul(Li(Strong("Proposal Writer"))), Ul(*links), Ul(*right))


def flash(message: str, kind: str = "info"):
    return Div(P(message), cls=f"flash flash-{kind}", id="flash", hx_swap_oob="true")


def page(title: str, *content, user: str | None = None):
    return (
        Title(f"{title} · Proposal Writer"),
        Container(
            nav_bar(user),
            Main(*content, id="main"),
            Div(id="flash"),
            Footer(P("Internal tool – drafts must be reviewed before sending.", cls="muted")),
        ),
    )
