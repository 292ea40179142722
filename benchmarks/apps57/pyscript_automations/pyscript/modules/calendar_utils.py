"""Calendar helpers (no AI). Turn calendar entity attributes into short spoken phrases."""
import datetime

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def parse_ha_datetime(value):
    if not value:
        return None
    try:
        return datetime.datetime.fromisoformat(value)
    except ValueError:
        return datetime.datetime.strptime(value, "%Y-%m-%d %H:%M:%S")


def event_phrase(attrs, now=None):
    now = now or datetime.datetime.now()
    start = parse_ha_datetime(attrs.get("start_time"))
    title = attrs.get("message") or "something"
    if start is None:
        return title
    if start.date() == now.date():
        when = "today" if attrs.get("all_day") else f"today at {start:%H:%M}"
    elif start.date() == (now + datetime.timedelta(days=1)).date():
        when = "tomorrow" if attrs.get("all_day") else f"tomorrow at {start:%H:%M}"
    else:
        when = f"on {WEEKDAYS[start.weekday()]}"
    return f"{title} {when}"


def bin_day(today=None, schedule=None):
    """Which bin goes out tomorrow, from a {weekday: bin} schedule."""
    today = today or datetime.date.today()
    schedule = schedule or {1: "green bin", 4: "paper"}
    return schedule.get((today.weekday() + 1) % 7)
