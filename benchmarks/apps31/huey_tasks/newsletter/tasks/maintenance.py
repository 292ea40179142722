"""Housekeeping: cost reports, model inventory, deep-dive drafts."""
import datetime
import logging

from huey import crontab

from newsletter.config import huey, settings
from newsletter.models import get_conn
from newsletter.providers import get_mistral_client, get_openai_client
from newsletter.providers.bedrock import BedrockWriter
from newsletter.utils.tokens import calculate_cost

log = logging.getLogger(__name__)


@huey.periodic_task(crontab(hour="1", minute="30"))
def daily_cost_report():
    yesterday = (datetime.date.today() - datetime.timedelta(days=1)).isoformat()
    rows = get_conn().execute(
        "SELECT model, SUM(input_tokens) AS i, SUM(output_tokens) AS o FROM llm_usage_logs "
        "WHERE date(created_at) = ? GROUP BY model",
        (yesterday,),
    ).fetchall()
    total = 0.0
    for row in rows:
        cost = calculate_cost(row["model"], row["i"] or 0, row["o"] or 0)
        total += cost
        log.info("%s: $%.4f", row["model"], cost)
    get_conn().execute(
        "INSERT INTO cost_reports (day, total_usd) VALUES (?, ?)", (yesterday, total)
    )
    get_conn().commit()
    return total


@huey.periodic_task(crontab(day_of_week="0", hour="3", minute="0"))
def refresh_model_inventory():
    """Record which models each account can see (drives the admin dropdown)."""
    names = [m.id for m in get_openai_client().models.list()]
    names += [m.id for m in get_mistral_client().models.list().data or []]
    get_conn().execute("DELETE FROM model_inventory")
    get_conn().executemany(
        "INSERT INTO model_inventory (model_id) VALUES (?)", [(n,) for n in names]
    )
    get_conn().commit()
    return len(names)


@huey.task(retries=1, retry_delay=600)
def draft_deep_dive(issue_id, topic):
    writer = BedrockWriter()
    prompt = f"Write a 600-word deep dive for a newsletter on: {topic}"
    if writer.token_estimate(prompt) > 4000:
        raise ValueError("topic prompt too long")
    text = writer.write(prompt)
    get_conn().execute(
        "INSERT INTO deep_dives (issue_id, topic, body) VALUES (?, ?, ?)", (issue_id, topic, text)
    )
    get_conn().commit()
    return issue_id


@huey.periodic_task(crontab(minute="*/5"))
def purge_expired_results():
    # huey keeps results forever unless read; flush old ones
    flushed = 0
    for key in list(huey.all_results())[:500]:
        if huey.get(key, peek=True) is None:
            flushed += 1
    return flushed


def lock_status():
    return {name: huey.lock_task(name).is_locked() for name in ("weekly-digest", "translation-refresh")}
