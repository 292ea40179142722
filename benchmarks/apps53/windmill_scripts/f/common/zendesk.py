"""Zendesk Support API helpers."""
from typing import Any, Dict, List

import requests


class Zendesk:
    def __init__(self, subdomain: str, email: str, token: str):
        self.base = f"https://{subdomain}.zendesk.com/api/v2"
        self.session = requests.Session()
        self.session.auth = (f"{email}/token", token)

    @classmethod
    def from_resource(cls, res: dict) -> "Zendesk":
        return cls(res["subdomain"], res["email"], res["token"])

    def ticket(self, ticket_id: int) -> Dict[str, Any]:
        r = self.session.get(f"{self.base}/tickets/{ticket_id}.json", timeout=30)
        r.raise_for_status()
        return r.json()["ticket"]

    def comments(self, ticket_id: int) -> List[Dict[str, Any]]:
        r = self.session.get(f"{self.base}/tickets/{ticket_id}/comments.json", timeout=30)
        r.raise_for_status()
        return r.json()["comments"]

    def add_internal_note(self, ticket_id: int, body: str) -> None:
        r = self.session.put(
            f"{self.base}/tickets/{ticket_id}.json",
            json={"ticket": {"comment": {"body": body, "public": False}}},
            timeout=30,
        )
        r.raise_for_status()

    def set_tags(self, ticket_id: int, tags: List[str]) -> None:
        r = self.session.post(f"{self.base}/tickets/{ticket_id}/tags.json",
                              json={"tags": tags}, timeout=30)
        r.raise_for_status()

    def search(self, query: str) -> List[Dict[str, Any]]:
        r = self.session.get(f"{self.base}/search.json", params={"query": query}, timeout=30)
        r.raise_for_status()
        return r.json()["results"]


def thread_as_text(ticket: Dict[str, Any], comments: List[Dict[str, Any]], limit: int = 12000) -> str:
    parts = [f"Subject: {ticket.get('subject', '')}", f"Priority: {ticket.get('priority')}"]
    for c in comments:
        who = "AGENT" if c.get("public") is False else f"USER {c.get('author_id')}"
        parts.append(f"--- {who} @ {c.get('created_at')}\n{c.get('plain_body') or c.get('body', '')}")
    text = "\n".join(parts)
    return text[-limit:]


def paginate(session: requests.Session, url: str, key: str, max_pages: int = 20):
    """Follow Zendesk cursor pagination (``links.next``) until exhausted."""
    pages = 0
    params = {"page[size]": 100}
    while url and pages < max_pages:
        r = session.get(url, params=params, timeout=30)
        r.raise_for_status()
        body = r.json()
        yield from body.get(key, [])
        if not body.get("meta", {}).get("has_more"):
            break
        url = body["links"]["next"]
        params = None
        pages += 1


def incremental_tickets(desk: Zendesk, start_time: int) -> List[Dict[str, Any]]:
    """Incremental export; used by the weekly report and the account-notes sync."""
    out: List[Dict[str, Any]] = []
    url = f"{desk.base}/incremental/tickets/cursor.json"
    r = desk.session.get(url, params={"start_time": start_time}, timeout=60)
    r.raise_for_status()
    body = r.json()
    out.extend(body.get("tickets", []))
    while not body.get("end_of_stream") and body.get("after_url"):
        r = desk.session.get(body["after_url"], timeout=60)
        r.raise_for_status()
        body = r.json()
        out.extend(body.get("tickets", []))
    return out


def apply_macro(desk: Zendesk, ticket_id: int, macro_id: int) -> Dict[str, Any]:
    r = desk.session.get(f"{desk.base}/tickets/{ticket_id}/macros/{macro_id}/apply.json",
                         timeout=30)
    r.raise_for_status()
    result = r.json()["result"]
    r = desk.session.put(f"{desk.base}/tickets/{ticket_id}.json",
                         json={"ticket": result["ticket"]}, timeout=30)
    r.raise_for_status()
    return r.json()["ticket"]


PRIORITY_ORDER = {"low": 0, "normal": 1, "high": 2, "urgent": 3}


def sort_by_priority(tickets: List[Dict[str, Any]]) -> List[Dict[str, Any]]:
    return sorted(tickets, key=lambda t: (-PRIORITY_ORDER.get(t.get("priority") or "normal", 1),
                                          t.get("created_at", "")))
