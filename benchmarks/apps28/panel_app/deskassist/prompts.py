"""Prompt templates. Keep these boring: the compliance team diffs this file."""

DESK_SYSTEM = (
    "You are the research assistant of a European power and gas trading desk. "
    "Answer concisely, quote numbers with units (EUR/MWh, GW, TWh) and never give "
    "trading advice; frame everything as research."
)

BRIEF_TEMPLATE = """Write a morning brief for the {hub} {tenor} contract.

Settlement history (last {n_days} days, EUR/MWh):
{history}

Fundamentals notes:
{fundamentals}

Structure: 1) what moved, 2) why, 3) what to watch today. Max 180 words.
"""

CURVE_NOTE_TEMPLATE = """Comment on this forward curve shape for {hub}.
Tenors and prices:
{curve}
Highlight contango/backwardation, seasonal spreads and anything unusual."""

WEATHER_TEMPLATE = """Summarise the impact of this weather forecast on {region} power demand
and wind/solar output over the next {days} days:
{forecast}"""

NEWS_QUERY = (
    "Latest news in the past {hours} hours affecting {topic} prices in Europe. "
    "List 5 items with source and one-line impact."
)

RISK_TEMPLATE = """Given these desk positions (MWh, by tenor) and the VaR figures below,
write a short plain-language risk commentary for the 5pm risk call.
Positions:
{positions}
VaR: {var}
"""

EXTRACT_TRADE_IDEAS = (
    "Extract every trade idea from the analyst note. A trade idea has a direction, "
    "an instrument and optionally a target and stop."
)


def format_history(rows) -> str:
    return "\n".join(f"{r['date']}: {r['settle']:.2f}" for r in rows)


def format_curve(points) -> str:
    return "\n".join(f"{tenor}: {price:.2f}" for tenor, price in points)
