"""Subject lines and issue intro copy."""
import asyncio
import logging

from newsletter.config import huey
from newsletter.models import Issue
from newsletter.prompts import INTRO, SUBJECT_LINE, render_stories
from newsletter.providers import claude
from newsletter.services.multi_model_service import TaskComplexity, multi_model_service

log = logging.getLogger(__name__)

SUBJECT_MODEL = "claude-3-5-haiku-latest"


def _parse_lines(text, limit):
    lines = [ln.strip(" -•\t") for ln in text.splitlines()]
    return [ln for ln in lines if ln][:limit]


@huey.task(retries=2, retry_delay=45)
def generate_subject_lines(issue_id, count=5):
    issue = Issue.get(issue_id)
    prompt = SUBJECT_LINE.format(count=count, stories=render_stories(issue.articles()))
    client = claude()
    preflight = client.messages.count_tokens(
        model=SUBJECT_MODEL, messages=[{"role": "user", "content": prompt}]
    )
    log.debug("subject prompt tokens: %s", preflight.input_tokens)
    msg = client.messages.create(
        model=SUBJECT_MODEL,
        max_tokens=300,
        temperature=0.9,
        messages=[{"role": "user", "content": prompt}],
    )
    options = _parse_lines(msg.content[0].text, count)
    issue.subject = options[0] if options else issue.subject
    issue.save()
    return issue_id


@huey.task()
def write_intro(issue_id, audience="engineering managers"):
    issue = Issue.get(issue_id)
    topics = ", ".join(a.category or a.title for a in issue.articles())
    issue.intro = asyncio.run(
        multi_model_service.generate_response(
            prompt=INTRO.format(topics=topics, audience=audience),
            task_type="issue_intro",
            complexity=TaskComplexity.STANDARD,
        )
    )
    issue.save()
    return issue_id


def stream_intro_draft(issue_id, audience="engineering managers"):
    """Used by the admin 'live draft' view; yields text as it arrives."""
    issue = Issue.get(issue_id)
    topics = ", ".join(a.title for a in issue.articles())
    with claude().messages.stream(
        model=SUBJECT_MODEL,
        max_tokens=700,
        messages=[{"role": "user", "content": INTRO.format(topics=topics, audience=audience)}],
    ) as stream:
        for text in stream.text_stream:
            yield text
