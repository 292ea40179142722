"""Weekly digest assembly: select -> intro -> subject -> translate -> header.

The pipeline is built with ``.s()`` signatures chained via ``.then()``; each
task returns the issue id so the next one receives it as its first argument.
"""
import datetime
import logging

from huey import crontab

from newsletter.config import huey, settings
from newsletter.models import Article, Issue, get_conn
from newsletter.providers import get_openai_client
from newsletter.tasks.embeddings import embed_articles, rank_for_topic
from newsletter.tasks.images import make_header_image
from newsletter.tasks.subject_lines import generate_subject_lines, write_intro
from newsletter.tasks.translate import translate_issue
from newsletter.utils.text import slugify

log = logging.getLogger(__name__)

EDITORIAL_FOCUS = "practical engineering lessons for software teams"


def _recent_articles(days=7):
    since = (datetime.datetime.utcnow() - datetime.timedelta(days=days)).isoformat()
    rows = get_conn().execute(
        "SELECT * FROM articles WHERE created_at >= ? AND summary IS NOT NULL", (since,)
    ).fetchall()
    return [Article.from_row(r) for r in rows]


@huey.task()
def select_articles(focus=EDITORIAL_FOCUS):
    candidates = _recent_articles()
    chosen = rank_for_topic(focus, candidates, top_n=settings.max_articles_per_issue)
    slug = slugify(f"issue {datetime.date.today().isoformat()}")
    issue = Issue.create(slug, [a.id for a in chosen])
    log.info("created issue %s with %d articles", issue.slug, len(chosen))
    return issue.id


@huey.task()
def editor_note(issue_id):
    """One-line 'editor's pick' note; quick and cheap, so plain gpt-4o-mini."""
    issue = Issue.get(issue_id)
    titles = "\n".join(a.title for a in issue.articles())
    completion = get_openai_client().chat.completions.create(
        model=settings.default_chat_model,
        messages=[
            {"role": "system", "content": "You pick the single most useful story."},
            {"role": "user", "content": f"Which one and why, in one sentence?\n{titles}"},
        ],
        max_tokens=80,
    )
    issue.intro = (issue.intro + "\n\n" + completion.choices[0].message.content).strip()
    issue.save()
    return issue_id


def build_pipeline(focus=EDITORIAL_FOCUS):
    return (
        select_articles.s(focus)
        .then(write_intro)
        .then(generate_subject_lines)
        .then(editor_note)
        .then(make_header_image)
    )


@huey.periodic_task(crontab(day_of_week="1", hour=settings.digest_hour, minute="0"))
@huey.lock_task("weekly-digest")
def weekly_digest():
    pipeline = build_pipeline()
    result_group = huey.enqueue(pipeline)
    log.info("weekly digest pipeline enqueued (%s steps)", len(result_group))
    return True


@huey.task()
def finalize_issue(issue_id):
    issue = Issue.get(issue_id)
    issue.status = "ready"
    issue.save()
    translate_issue(issue_id)
    return issue_id


@huey.task()
def prepare_backfill(article_ids):
    pipe = embed_articles.s(article_ids)
    return huey.enqueue(pipe).id


class Mailer:
    """Thin SMTP wrapper; ``send`` and ``create`` are ours, not an API client."""

    def __init__(self, host="localhost", sender=None):
        self.host = host
        self.sender = sender or settings.sender_address
        self.outbox = []

    def create(self, to, subject, body):
        message = {"from": self.sender, "to": to, "subject": subject, "body": body}
        self.outbox.append(message)
        return message

    def send(self):
        import smtplib
        from email.message import EmailMessage

        sent = 0
        with smtplib.SMTP(self.host) as smtp:
            for item in self.outbox:
                msg = EmailMessage()
                msg["From"], msg["To"], msg["Subject"] = item["from"], item["to"], item["subject"]
                msg.set_content(item["body"])
                smtp.send_message(msg)
                sent += 1
        self.outbox.clear()
        return sent


@huey.task(retries=5, retry_delay=120)
def send_issue(issue_id, locale="en"):
    from newsletter.models import Subscriber

    issue = Issue.get(issue_id)
    mailer = Mailer()
    body = issue.intro + "\n\n" + "\n\n".join(
        f"## {a.title}\n{a.summary}\n{a.url}" for a in issue.articles()
    )
    for sub in Subscriber.active(locale=locale):
        mailer.create(sub.email, issue.subject, body)
    count = mailer.send()
    issue.status = "sent"
    issue.save()
    return count
