from fasthtml.common import Button, Fieldset, Form, Group, Input, Label, Option, Select, Textarea

SECTION_KINDS = ["executive_summary", "scope", "timeline", "pricing", "team", "risks"]
PROVIDERS = ["openai", "anthropic", "google", "xai", "cerebras"]


def login_form():
    return Form(
        Input(name="username", placeholder="username"),
        Input(name="password", type="password", placeholder="password"),
        Button("Log in"),
        action="/login", method="post",
    )


def new_proposal_form(client_options):
    return Form(
        Fieldset(
            Label("Client", Select(*[Option(c.name, value=c.id) for c in client_options], name="client_id")),
            Label("Title", Input(name="title", required=True)),
            Label("Brief", Textarea(name="brief", rows=8, required=True)),
        ),
        Button("Create"),
        hx_post="/proposals", hx_target="#proposal-list", hx_swap="outerHTML",
    )


def section_form(proposal_id: int):
    return Form(
        Group(
            Select(*[Option(k.replace("_", " ").title(), value=k) for k in SECTION_KINDS], name="kind"),
            Select(*[Option(p, value=p) for p in PROVIDERS], name="provider"),
            Button("Write section"),
        ),
        hx_post=f"/proposals/{proposal_id}/sections", hx_target="#sections",
        hx_swap="beforeend", hx_indicator="#spinner",
    )


def image_form(proposal_id: int | None = None):
    return Form(
        Input(name="prompt", placeholder="Describe the cover image"),
        Select(Option("replicate"), Option("google"), Option("xai"), name="engine"),
        Input(type="hidden", name="proposal_id", value=proposal_id or ""),
        Button("Generate"),
        hx_post="/images", hx_target="#image-result",
    )
