import dash
import dash_bootstrap_components as dbc
from dash import html

dash.register_page(__name__, path="/", name="Home", order=0)

_CARDS = [
    ("Sales overview", "/sales", "Daily sales, category mix and an AI headline."),
    ("Insights", "/insights", "Ask questions in plain English, get a weekly digest."),
    ("Chart explainer", "/explain", "Have any chart explained for your team."),
    ("SQL assistant", "/sql", "Turn a question into warehouse SQL."),
    ("Store compare", "/stores", "Side-by-side KPIs for a set of stores."),
    ("Forecasts", "/forecasts", "Demand forecasts with a planner summary."),
]


def layout(**_query):
    return dbc.Row(
        [
            dbc.Col(
                dbc.Card(
                    dbc.CardBody(
                        [
                            html.H5(title, className="card-title"),
                            html.P(desc, className="card-text"),
                            dbc.Button("Open", href=href, color="primary", size="sm"),
                        ]
                    ),
                    className="h-100",
                ),
                md=4,
                className="mb-3",
            )
            for title, href, desc in _CARDS
        ]
    )
