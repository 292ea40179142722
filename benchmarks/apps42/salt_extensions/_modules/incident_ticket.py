"""
Open incident tickets in Jira for failed highstates, with an LLM-written
description.

:depends: jira
"""
import logging

try:
    from jira import JIRA

    HAS_JIRA = True
except ImportError:
    HAS_JIRA = False

try:
    import saltext_llm

    HAS_LIB = True
except ImportError:
    HAS_LIB = False

log = logging.getLogger(__name__)

__virtualname__ = "incident_ticket"


def __virtual__():
    if not HAS_JIRA:
        return (False, "incident_ticket: jira library missing")
    return __virtualname__


class TicketFactory:
    """Builds ticket payloads. ``create`` returns a dict, it doesn't post."""

    def __init__(self, project, component=None):
        self.project = project
        self.component = component

    def create(self, summary, description, priority="Medium"):
        fields = {
            "project": {"key": self.project},
            "summary": summary[:250],
            "description": description,
            "issuetype": {"name": "Incident"},
            "priority": {"name": priority},
        }
        if self.component:
            fields["components"] = [{"name": self.component}]
        return fields


def _jira():
    cfg = __salt__["config.get"]("jira", {})
    return JIRA(server=cfg["server"], basic_auth=(cfg["user"], cfg["token"]))


def _describe(minion_id, failures, model="gpt-4o-mini"):
    if not HAS_LIB:
        return "Failed states:\n" + "\n".join(sorted(failures))
    client = saltext_llm.get_openai()
    result = client.chat.completions.create(
        model=model,
        messages=[
            {"role": "system", "content": "Write a Jira incident description in Jira wiki markup."},
            {"role": "user", "content": __utils__["llm_prompts.highstate_prompt"](minion_id, failures)},
        ],
    )
    return result.choices[0].message.content


def open_for_highstate(project="OPS", component="salt", dry_run=False):
    """
    Run a test highstate and open a ticket if anything would fail.
    """
    ret = __salt__["state.highstate"](test=True)
    failures = {k: v for k, v in ret.items() if isinstance(v, dict) and v.get("result") is False}
    if not failures:
        return {"opened": False}
    fields = TicketFactory(project, component).create(
        "Highstate failures on {}".format(__grains__["id"]),
        _describe(__grains__["id"], failures),
        priority="High" if len(failures) > 5 else "Medium",
    )
    if dry_run:
        return {"opened": False, "fields": fields}
    issue = _jira().create_issue(fields=fields)
    return {"opened": True, "key": issue.key}
